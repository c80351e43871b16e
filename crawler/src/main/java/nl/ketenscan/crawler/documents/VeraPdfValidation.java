package nl.ketenscan.crawler.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.documents.PdfUaFailure;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * Validates a PDF against PDF/UA-1 with veraPDF (its greenfield parser and the PDF/UA-1 profile
 * bundled in the library, nothing downloaded) into the checks that failed and how often. veraPDF
 * has no deadline of its own: the {@link DocumentPool} bounds it. The profile is loaded on first
 * use, which costs seconds once per scan; each validation after that costs what the file does.
 */
final class VeraPdfValidation {

    /** Failures kept per check: the count is all the findings need, the objects are not. */
    private static final int FAILURES_SHOWN_PER_CHECK = 1;

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdfValidation() {
    }

    /** Validates an empty page once, so the profile is loaded and its checks compiled before a document waits for them. */
    static void warmUp() {
        try (PDDocument empty = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            // without resources veraPDF warns on the console about a page the user never gave it
            page.setResources(new PDResources());
            empty.addPage(page);
            empty.save(out);
            failures(out.toByteArray());
        } catch (IOException | UnreadableDocument e) {
            // the first document then pays the cost, or records why veraPDF cannot run
        }
    }

    static List<PdfUaFailure> failures(byte[] pdf) throws UnreadableDocument {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1,
                     FAILURES_SHOWN_PER_CHECK, false, false, false)) {
            ValidationResult result = validator.validate(parser);
            List<PdfUaFailure> failures = new ArrayList<>();
            for (Map.Entry<RuleId, Integer> failed : result.getFailedChecks().entrySet()) {
                RuleId id = failed.getKey();
                Rule rule = result.getValidationProfile().getRuleByRuleId(id);
                failures.add(new PdfUaFailure(id.getClause(), id.getTestNumber(),
                        rule == null ? "" : rule.getDescription().strip(), failed.getValue()));
            }
            failures.sort(Comparator.comparing(PdfUaFailure::clause).thenComparingInt(PdfUaFailure::test));
            return failures;
        } catch (Exception e) {
            // veraPDF declares Exception on close and throws its own checked and runtime exceptions on bad files
            throw new UnreadableDocument(Message.of("document-error.verapdf-failed", String.valueOf(e.getMessage())));
        }
    }
}
