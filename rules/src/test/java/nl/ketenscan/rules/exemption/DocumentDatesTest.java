package nl.ketenscan.rules.exemption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class DocumentDatesTest {

    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void readsTheCreationDateOfThePdfInformationDictionary() {
        byte[] pdf = pdf("<< /Title (Jaarverslag 2017) /CreationDate (D:20170412141500+02'00') >>", "");

        assertEquals(Optional.of(LocalDate.of(2017, 4, 12)), DocumentDates.created(PDF, pdf));
    }

    @Test
    void readsADateWithOnlyAYearAsTheFirstOfJanuary() {
        assertEquals(Optional.of(LocalDate.of(2016, 1, 1)),
                DocumentDates.created(PDF, pdf("<< /CreationDate (D:2016) >>", "")));
    }

    @Test
    void readsAHexEncodedUtf16CreationDate() {
        String hex = "FEFF" + hexUtf16("D:20190102");
        byte[] pdf = pdf("<< /CreationDate <" + hex + "> >>", "");

        assertEquals(Optional.of(LocalDate.of(2019, 1, 2)), DocumentDates.created(PDF, pdf));
    }

    @Test
    void fallsBackToTheXmpCreateDateWhenTheInformationDictionaryIsCompressed() {
        byte[] pdf = pdf("<< /Type /ObjStm /Filter /FlateDecode >>",
                "<x:xmpmeta><rdf:Description xmp:CreateDate=\"2015-11-30T10:00:00+01:00\"/></x:xmpmeta>");

        assertEquals(Optional.of(LocalDate.of(2015, 11, 30)), DocumentDates.created(PDF, pdf));
    }

    @Test
    void findsTheInformationDictionaryAtTheEndOfALargeFile() {
        byte[] filler = new byte[300 * 1024];
        Arrays.fill(filler, (byte) 'x');
        byte[] pdf = concat(ascii("%PDF-1.7\n"), filler,
                ascii("\n1 0 obj << /CreationDate (D:20240305093000+01'00') >> endobj\ntrailer << /Info 1 0 R >>\n%%EOF"));

        assertEquals(Optional.of(LocalDate.of(2024, 3, 5)), DocumentDates.created(PDF, pdf));
    }

    @Test
    void anImpossibleOrMissingDateIsUnknown() {
        assertEquals(Optional.empty(), DocumentDates.created(PDF, pdf("<< /CreationDate (D:20171341) >>", "")));
        assertEquals(Optional.empty(), DocumentDates.created(PDF, pdf("<< /Title (Zonder datum) >>", "")));
        assertEquals(Optional.empty(), DocumentDates.created(PDF, ascii("<html>geen pdf</html>")),
                "a body that is not a PDF gives no date, whatever the Content-Type says");
    }

    @Test
    void readsTheCreatedDateOfAWordFile() throws IOException {
        byte[] docx = zip("docProps/core.xml", "<cp:coreProperties xmlns:dcterms=\"http://purl.org/dc/terms/\">"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-06-04T10:00:00Z</dcterms:created>"
                + "</cp:coreProperties>");

        assertEquals(Optional.of(LocalDate.of(2024, 6, 4)), DocumentDates.created(DOCX, docx));
    }

    @Test
    void readsTheCreationDateOfAnOpenDocumentFile() throws IOException {
        byte[] odt = zip("meta.xml", "<office:meta><meta:creation-date>2012-02-29T08:00:00</meta:creation-date></office:meta>");

        assertEquals(Optional.of(LocalDate.of(2012, 2, 29)),
                DocumentDates.created("application/vnd.oasis.opendocument.text", odt));
    }

    @Test
    void aCutOffOrBinaryOfficeFileAndNonOfficeContentGiveNoDate() throws IOException {
        byte[] docx = zip("docProps/core.xml", "<dcterms:created>2024-06-04T10:00:00Z</dcterms:created>");

        assertEquals(Optional.empty(), DocumentDates.created(DOCX, Arrays.copyOf(docx, 20)));
        assertEquals(Optional.empty(), DocumentDates.created("application/msword", ascii("\u00d0\u00cf\u0011\u00e0 oud Word")));
        assertEquals(Optional.empty(), DocumentDates.created("text/html", pdf("<< /CreationDate (D:2017) >>", "")));
    }

    @Test
    void officeFilesCreatedBeforeTheCutoffAreExempt() {
        assertEquals(Optional.of(Exemption.OFFICE_FILE_BEFORE_2018), Exemption.forDocument(LocalDate.of(2018, 9, 22)));
        assertEquals(Optional.empty(), Exemption.forDocument(LocalDate.of(2018, 9, 23)));
        assertEquals(Optional.empty(), Exemption.forDocument(null));
    }

    /** A minimal PDF: header, the given dictionary as object 1, an optional XMP packet, trailer. */
    private static byte[] pdf(String info, String xmp) {
        return ascii("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n" + info + "\nendobj\n"
                + (xmp.isEmpty() ? "" : "2 0 obj\n<< /Type /Metadata >>\nstream\n" + xmp + "\nendstream\nendobj\n")
                + "trailer\n<< /Info 1 0 R >>\n%%EOF\n");
    }

    private static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static String hexUtf16(String text) {
        StringBuilder hex = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_16BE)) {
            hex.append(String.format("%02X", b));
        }
        return hex.toString();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
