package nl.ketenscan.crawler.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.documents.PdfFacts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDNonTerminalField;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a PDF's bytes into the {@link PdfFacts} the document rules judge, with PDFBox. The file is
 * the publisher's, possibly broken or hostile, so reading is bounded: PDFBox caches decoded streams
 * in temporary files, not on the heap, and the pages' text is read against a deadline, checked
 * between pages. A file PDFBox cannot open (corrupt, or locked with a password) is an
 * {@link UnreadableDocument}, which the caller records as the document's error.
 */
final class PdfReader {

    /** The first value of the XMP {@code dc:title}, enough for whether there is one and what it says. */
    private static final Pattern XMP_TITLE = Pattern.compile("<dc:title>.*?<rdf:li[^>]*>([^<]*)</rdf:li>",
            Pattern.DOTALL);

    private final Duration budget;

    /** @param budget how long reading one document may take, checked between its pages */
    PdfReader(Duration budget) {
        this.budget = budget;
    }

    Duration budget() {
        return budget;
    }

    PdfFacts read(byte[] pdf) throws UnreadableDocument {
        long deadline = System.nanoTime() + budget.toNanos();
        try (PDDocument document = Loader.loadPDF(pdf, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            PDMarkInfo markInfo = catalog.getMarkInfo();
            PDViewerPreferences viewer = catalog.getViewerPreferences();
            PDDocumentOutline outline = catalog.getDocumentOutline();
            FieldCounts fields = formFields(catalog.getAcroForm(null));
            PageCounts pages = pages(document, deadline);
            return new PdfFacts(document.getNumberOfPages(),
                    catalog.getStructureTreeRoot() != null && markInfo != null && markInfo.isMarked(),
                    catalog.getLanguage(), title(document), viewer != null && viewer.displayDocTitle(),
                    pages.withText(), pages.imageOnly(), outline != null && outline.hasChildren(),
                    fields.all(), fields.unnamed(),
                    document.isEncrypted() && !document.getCurrentAccessPermission().canExtractForAccessibility(),
                    created(document.getDocumentInformation().getCreationDate()));
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocument(Message.of("document-error.password"));
        } catch (IOException | RuntimeException e) {
            // PDFBox throws runtime exceptions too on malformed files; either way the file is the problem
            throw new UnreadableDocument(Message.of("document-error.unreadable", String.valueOf(e.getMessage())));
        }
    }

    private record PageCounts(int withText, int imageOnly) {
    }

    private record FieldCounts(int all, int unnamed) {
    }

    private PageCounts pages(PDDocument document, long deadline) throws IOException, UnreadableDocument {
        PDFTextStripper stripper = new PDFTextStripper();
        int withText = 0;
        int imageOnly = 0;
        for (int number = 1; number <= document.getNumberOfPages(); number++) {
            if (System.nanoTime() - deadline > 0) {
                throw new UnreadableDocument(Message.of("document-error.timed-out", budget.toSeconds()));
            }
            stripper.setStartPage(number);
            stripper.setEndPage(number);
            if (!stripper.getText(document).isBlank()) {
                withText++;
            } else if (hasImage(document.getPage(number - 1))) {
                imageOnly++;
            }
        }
        return new PageCounts(withText, imageOnly);
    }

    private static boolean hasImage(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        if (resources == null) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name)) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate created(Calendar date) {
        return date == null ? null : date.toInstant().atZone(date.getTimeZone().toZoneId()).toLocalDate();
    }

    /** The Info dictionary's title, else whether the XMP metadata names one (where PDF/UA wants it). */
    private static String title(PDDocument document) throws IOException {
        String info = document.getDocumentInformation().getTitle();
        if (info != null && !info.isBlank()) {
            return info.strip();
        }
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return null;
        }
        try (InputStream xmp = metadata.exportXMPMetadata()) {
            Matcher title = XMP_TITLE.matcher(new String(xmp.readNBytes(1 << 20), StandardCharsets.UTF_8));
            return title.find() && !title.group(1).isBlank() ? title.group(1).strip() : null;
        }
    }

    /** The fields a user fills in or presses, and how many of them have no tooltip ({@code /TU}). */
    private static FieldCounts formFields(PDAcroForm form) {
        int all = 0;
        int unnamed = 0;
        if (form == null) {
            return new FieldCounts(all, unnamed);
        }
        for (PDField field : form.getFieldTree()) {
            if (field instanceof PDNonTerminalField) {
                continue;
            }
            all++;
            String name = field.getAlternateFieldName();
            if (name == null || name.isBlank()) {
                unnamed++;
            }
        }
        return new FieldCounts(all, unnamed);
    }
}
