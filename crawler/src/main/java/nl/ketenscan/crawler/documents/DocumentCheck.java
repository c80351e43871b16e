package nl.ketenscan.crawler.documents;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.ketenscan.crawler.crawl.FetchResult;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.OwnRules;
import nl.ketenscan.rules.PageFacts;
import nl.ketenscan.rules.PageFeature;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.documents.OfficeFacts;
import nl.ketenscan.rules.documents.PdfFacts;
import nl.ketenscan.rules.documents.PdfUaFindings;
import nl.ketenscan.rules.exemption.DocumentDates;
import nl.ketenscan.rules.exemption.DocumentKind;
import nl.ketenscan.rules.exemption.Exemption;

/**
 * A fetched file that is no web page, as a page result: a PDF ({@link PdfReader}) or an Office Open
 * XML or OpenDocument file ({@link OfficeReader}) is read and judged by the document rules, so it
 * gets findings like a page; older binary office formats keep only their creation date, for the
 * exemption, and stay unchecked, as does a document the Besluit exempts by that date (its findings
 * would count in the verdicts; the report lists it as exempt instead). Never a
 * browser: a document is read from the bytes the crawler fetched. Thread-safe.
 */
public final class DocumentCheck {

    private final PdfReader pdfs;
    private final OfficeReader offices;
    private final long maxBytes;

    /**
     * @param budget   how long reading one document may take
     * @param maxBytes the fetcher's body limit; a document cut off there is recorded as too large
     */
    public DocumentCheck(Duration budget, long maxBytes) {
        this.pdfs = new PdfReader(budget);
        this.offices = new OfficeReader(budget);
        this.maxBytes = maxBytes;
    }

    public PageResult check(String url, FetchResult fetched) {
        Optional<DocumentKind> kind = DocumentKind.of(fetched.contentType());
        if (kind.isEmpty()) {
            return unchecked(url, fetched, null, PageFacts.NONE);
        }
        if (kind.get() != DocumentKind.PDF) {
            return office(url, fetched, kind.get());
        }
        LocalDate created = DocumentDates.created(fetched.contentType(), fetched.body()).orElse(null);
        long bytes = fetched.body().length;
        if (exempt(created)) {
            return unchecked(url, fetched, null, PageFacts.ofDocument(created, bytes));
        }
        if (fetched.truncated()) {
            return unchecked(url, fetched, Message.of("document-error.too-large", maxBytes),
                    PageFacts.ofDocument(created, bytes));
        }
        PdfFacts pdf;
        try {
            pdf = pdfs.read(fetched.body());
        } catch (UnreadableDocument e) {
            return unchecked(url, fetched, e.reason(), PageFacts.ofDocument(created, bytes));
        }
        PageFacts facts = PageFacts.ofDocument(created != null ? created : pdf.created(), bytes);
        if (exempt(facts.documentCreated())) {
            return unchecked(url, fetched, null, facts);
        }
        List<Finding> findings = new ArrayList<>(OwnRules.check(pdf));
        List<Message> error = null;
        try {
            findings.addAll(PdfUaFindings.of(VeraPdfValidation.failures(fetched.body())));
        } catch (UnreadableDocument e) {
            // ketenscan's own rules judged it; only veraPDF's part is missing, and the error says so
            error = List.of(e.reason());
        }
        return new PageResult(url, url, fetched.status(), fetched.contentType(), pdf.title(), pdf.language(), error,
                findings, null, 0, 0, features(pdf), facts);
    }

    /**
     * An office file: an Office Open XML or OpenDocument file is read ({@link OfficeReader}) and
     * judged; an older binary format keeps only its date. The zip is read within its bounds before
     * its date is, because reading the date inflates the entries before the metadata uncounted.
     */
    private PageResult office(String url, FetchResult fetched, DocumentKind kind) {
        long bytes = fetched.body().length;
        if (!OfficeReader.reads(fetched.contentType())) {
            return unchecked(url, fetched, null, PageFacts.ofDocument(
                    DocumentDates.created(fetched.contentType(), fetched.body()).orElse(null), bytes));
        }
        if (fetched.truncated()) {
            return unchecked(url, fetched, Message.of("document-error.too-large", maxBytes),
                    PageFacts.ofDocument(null, bytes));
        }
        OfficeFacts office;
        try {
            office = offices.read(kind, fetched.body());
        } catch (UnreadableDocument e) {
            return unchecked(url, fetched, e.reason(), PageFacts.ofDocument(null, bytes));
        }
        PageFacts facts = PageFacts.ofDocument(
                DocumentDates.created(fetched.contentType(), fetched.body()).orElse(null), bytes);
        if (exempt(facts.documentCreated())) {
            return unchecked(url, fetched, null, facts);
        }
        return new PageResult(url, url, fetched.status(), fetched.contentType(), office.title(), office.language(),
                null, OwnRules.check(office), null, 0, 0, EnumSet.noneOf(PageFeature.class), facts);
    }

    /**
     * The result of a document whose reading overran its budget and was given up, without reading
     * anything more of it (not even its date: the file is suspect).
     */
    PageResult timedOut(String url, FetchResult fetched) {
        return unchecked(url, fetched, Message.of("document-error.timed-out", pdfs.budget().toSeconds()),
                PageFacts.ofDocument(null, fetched.body().length));
    }

    private static boolean exempt(LocalDate created) {
        return Exemption.forDocument(created).isPresent();
    }

    /**
     * A checked PDF has a set of features, possibly empty, as a rendered page has: the report counts
     * it as checked, and its form fields bring the form criteria into play.
     */
    private static Set<PageFeature> features(PdfFacts pdf) {
        return pdf.formFields() > 0 ? EnumSet.of(PageFeature.FORM_FIELD, PageFeature.FORM)
                : EnumSet.noneOf(PageFeature.class);
    }

    /** Without features: nothing can be concluded from what the scan did not read. */
    private static PageResult unchecked(String url, FetchResult fetched, Message error, PageFacts facts) {
        List<Message> errors = error == null ? null : List.of(error);
        return new PageResult(url, url, fetched.status(), fetched.contentType(), null, null, errors, List.of(), null,
                0, 0, null, facts);
    }
}
