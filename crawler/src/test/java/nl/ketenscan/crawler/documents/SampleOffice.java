package nl.ketenscan.crawler.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Office files written as zips in the test, the least XML each format needs for what the document
 * rules judge, so no binary fixture is committed. Public for the scan engine's tests and the bench.
 */
public final class SampleOffice {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String ODT = "application/vnd.oasis.opendocument.text";

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"";

    private SampleOffice() {
    }

    /** Titled, in Dutch, a heading in the "Kop 1" style Word names "heading 1", a described picture, a table with a header row. */
    public static byte[] accessibleDocx() {
        return docx("Raadsvoorstel", "nl-NL",
                "<w:p><w:pPr><w:pStyle w:val=\"Kop1\"/></w:pPr><w:r><w:t>Inleiding</w:t></w:r></w:p>"
                        + paragraph("Het college stelt voor de begroting vast te stellen.")
                        + "<w:p><w:r><w:drawing><wp:inline><wp:docPr id=\"1\" name=\"Afbeelding 1\""
                        + " descr=\"Kaart van het plangebied\"/></wp:inline></w:drawing></w:r></w:p>"
                        + "<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:r><w:t>Jaar</w:t></w:r></w:p></w:tc></w:tr>"
                        + "<w:tr><w:tc><w:p><w:r><w:t>2025</w:t></w:r></w:p></w:tc></w:tr></w:tbl>");
    }

    /**
     * No title, no language, a bold line instead of a heading, a picture without alt text beside a
     * decorative one, and a table without a header row.
     */
    public static byte[] inaccessibleDocx() {
        return docx("", null,
                "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Inleiding</w:t></w:r></w:p>"
                        + paragraph("Het college stelt voor de begroting vast te stellen.")
                        + "<w:p><w:r><w:drawing><wp:inline><wp:docPr id=\"1\" name=\"Afbeelding 1\"/></wp:inline>"
                        + "</w:drawing></w:r></w:p>"
                        + "<w:p><w:r><w:drawing><wp:inline><wp:docPr id=\"2\" name=\"Lijn\"><a:extLst"
                        + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:ext><adec:decorative"
                        + " xmlns:adec=\"http://schemas.microsoft.com/office/drawing/2017/decorative\" val=\"1\"/>"
                        + "</a:ext></a:extLst></wp:docPr></wp:inline></w:drawing></w:r></w:p>"
                        + "<w:tbl><w:tr><w:tc><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Jaar</w:t></w:r></w:p></w:tc></w:tr>"
                        + "<w:tr><w:tc><w:p><w:r><w:t>2025</w:t></w:r></w:p></w:tc></w:tr></w:tbl>");
    }

    /**
     * An OpenDocument text: with {@code accessible}, titled, in Dutch, a heading, a described image and
     * a table with a header row; else none of those.
     */
    public static byte[] odt(boolean accessible) {
        String ns = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
                + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
                + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
                + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"";
        String heading = accessible ? "<text:h text:outline-level=\"1\">Inleiding</text:h>"
                : "<text:p text:style-name=\"P1\">Inleiding</text:p>";
        String description = accessible ? "<svg:title>Kaart van het plangebied</svg:title>" : "";
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("mimetype", "application/vnd.oasis.opendocument.text");
        parts.put("meta.xml", "<office:document-meta " + ns + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><office:meta>"
                + (accessible ? "<dc:title>Raadsvoorstel</dc:title>" : "") + "</office:meta></office:document-meta>");
        parts.put("styles.xml", "<office:document-styles " + ns + "><office:styles><style:default-style"
                + " style:family=\"paragraph\"><style:text-properties"
                + (accessible ? " fo:language=\"nl\" fo:country=\"NL\"" : "")
                + "/></style:default-style></office:styles></office:document-styles>");
        parts.put("content.xml", "<office:document-content " + ns + "><office:automatic-styles><style:style"
                + " style:name=\"P1\" style:family=\"paragraph\"><style:text-properties fo:font-weight=\"bold\"/>"
                + "</style:style></office:automatic-styles><office:body><office:text>" + heading
                + "<text:p>Het college stelt voor de begroting vast te stellen.</text:p>"
                + "<text:p><draw:frame draw:name=\"Afbeelding1\">" + description
                + "<draw:image/></draw:frame></text:p>"
                + "<table:table>" + (accessible ? "<table:table-header-rows>" : "")
                + "<table:table-row><table:table-cell><text:p>Jaar</text:p></table:table-cell></table:table-row>"
                + (accessible ? "</table:table-header-rows>" : "")
                + "<table:table-row><table:table-cell><text:p>2025</text:p></table:table-cell></table:table-row></table:table>"
                + "</office:text></office:body></office:document-content>");
        return zip(parts);
    }

    /** A slide with a picture without alt text and a table whose first row is not marked as header. */
    public static byte[] pptx() {
        String ns = "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\""
                + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"";
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("docProps/core.xml", core("Informatieavond", null));
        parts.put("ppt/presentation.xml", "<p:presentation " + ns + "><p:defaultTextStyle><a:lvl1pPr><a:defRPr"
                + " lang=\"nl-NL\"/></a:lvl1pPr></p:defaultTextStyle></p:presentation>");
        parts.put("ppt/slides/slide1.xml", "<p:sld " + ns + "><p:cSld><p:spTree><p:pic><p:nvPicPr><p:cNvPr id=\"4\""
                + " name=\"Foto 3\" descr=\"\"/></p:nvPicPr></p:pic><p:graphicFrame><a:graphic><a:graphicData><a:tbl>"
                + "<a:tblPr/><a:tr><a:tc/></a:tr><a:tr><a:tc/></a:tr></a:tbl></a:graphicData></a:graphic>"
                + "</p:graphicFrame></p:spTree></p:cSld></p:sld>");
        return zip(parts);
    }

    /** A workbook with a table whose header row is switched off. */
    public static byte[] xlsx() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("docProps/core.xml", core("Begroting 2025", null));
        parts.put("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>");
        parts.put("xl/tables/table1.xml", "<table xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " id=\"1\" name=\"Posten\" ref=\"A1:B9\" headerRowCount=\"0\"/>");
        return zip(parts);
    }

    /**
     * A zip bomb dressed as a .docx: beside a small main part, a "picture" of {@code megabytes} MB of
     * zeros, which deflate compresses about a thousand times.
     */
    public static byte[] zipBomb(int megabytes) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<w:document " + W + "><w:body/></w:document>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/media/image1.emf"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A .docx whose document entity expands another, defined in a DTD: the parser must refuse the DTD. */
    public static byte[] docxWithEntities() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("word/document.xml", "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document " + W + "><w:body><w:p><w:r><w:t>&b;&x;</w:t></w:r></w:p></w:body></w:document>");
        return zip(parts);
    }

    private static byte[] docx(String title, String language, String body) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        parts.put("docProps/core.xml", core(title, null));
        parts.put("word/document.xml", "<w:document " + W + "><w:body>" + body + "</w:body></w:document>");
        parts.put("word/styles.xml", "<w:styles " + W + "><w:docDefaults><w:rPrDefault><w:rPr>"
                + (language == null ? "" : "<w:lang w:val=\"" + language + "\"/>")
                + "</w:rPr></w:rPrDefault></w:docDefaults><w:style w:type=\"paragraph\" w:styleId=\"Kop1\">"
                + "<w:name w:val=\"heading 1\"/></w:style></w:styles>");
        return zip(parts);
    }

    private static String paragraph(String text) {
        return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    private static String core(String title, String language) {
        return "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
                + "<dc:title>" + title + "</dc:title>"
                + (language == null ? "" : "<dc:language>" + language + "</dc:language>")
                + "<dcterms:created>2024-03-05T10:00:00Z</dcterms:created></cp:coreProperties>";
    }

    private static byte[] zip(Map<String, String> parts) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
