package nl.ketenscan.crawler.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.GregorianCalendar;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Small PDFs made with PDFBox for the tests, so no binary fixture is committed: each is the smallest
 * file that shows one thing the document rules judge. Public for the scan engine's tests.
 */
public final class SamplePdfs {

    private SamplePdfs() {
    }

    /** Tagged, in Dutch, with a title the viewer shows, and text on its page. */
    public static byte[] accessible() {
        return build(document -> {
            accessibleMetadata(document, "Jaarverslag 2025");
            textPage(document, "Het jaarverslag van de gemeente.");
        });
    }

    /** Tags, the Dutch language and a title the viewer shows. */
    private static void accessibleMetadata(PDDocument document, String title) {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setStructureTreeRoot(new PDStructureTreeRoot());
        PDMarkInfo marked = new PDMarkInfo();
        marked.setMarked(true);
        catalog.setMarkInfo(marked);
        catalog.setLanguage("nl-NL");
        document.getDocumentInformation().setTitle(title);
        PDViewerPreferences viewer = new PDViewerPreferences(new COSDictionary());
        viewer.setDisplayDocTitle(true);
        catalog.setViewerPreferences(viewer);
    }

    /** {@link #untagged()}, created on the day before the Besluit's cut-off for office files. */
    public static byte[] untaggedFrom2018() {
        return build(document -> {
            textPage(document, "Vergunning aanvragen.");
            document.getDocumentInformation().setCreationDate(
                    new GregorianCalendar(2018, Calendar.SEPTEMBER, 22, 12, 0));
        });
    }

    /** Text on a page, and nothing else: no tags, no language, no title. */
    public static byte[] untagged() {
        return build(document -> textPage(document, "Vergunning aanvragen."));
    }

    /** One page that is only an image, as a scanner makes it. */
    public static byte[] scanned() {
        return build(document -> {
            PDPage page = new PDPage();
            document.addPage(page);
            BufferedImage paper = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
            PDImageXObject image = LosslessFactory.createFromImage(document, paper);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 50, 50, 400, 400);
            }
        });
    }

    /** Text that only the holder of the password "geheim" can open. */
    public static byte[] locked() {
        return build(document -> {
            textPage(document, "Vertrouwelijk.");
            StandardProtectionPolicy policy = new StandardProtectionPolicy("eigenaar", "geheim", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
        });
    }

    /** Opens without a password, but forbids extracting text for accessibility. */
    public static byte[] blockingAssistiveTechnology() {
        return build(document -> {
            textPage(document, "Beveiligd.");
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractForAccessibility(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("eigenaar", "", permissions);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
        });
    }

    /** {@link #accessible()} with {@code count} pages of text, for long documents and the bench. */
    public static byte[] pages(int count) {
        return build(document -> {
            accessibleMetadata(document, "Bestemmingsplan");
            for (int page = 1; page <= count; page++) {
                textPage(document, "Artikel " + page + ". De gemeente regelt het gebruik van de grond.");
            }
        });
    }

    /** An untagged page that runs a script when opened, as hostile and careless files do. */
    public static byte[] withJavaScript() {
        return build(document -> {
            textPage(document, "Formulier.");
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('geopend');"));
        });
    }

    private interface Content {
        void add(PDDocument document) throws IOException;
    }

    private static byte[] build(Content content) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.add(document);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void textPage(PDDocument document, String text) throws IOException {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 700);
            content.showText(text);
            content.endText();
        }
    }
}
