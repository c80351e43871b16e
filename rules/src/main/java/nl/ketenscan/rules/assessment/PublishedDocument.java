package nl.ketenscan.rules.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.exemption.DocumentKind;
import nl.ketenscan.rules.exemption.Exemption;

/**
 * An office file (PDF, Word…) the scan found on the organisation's site, and whether the Besluit
 * exempts it. A file that could not be fetched is listed too, with its error: it is published all the
 * same, and without its date nobody can say it is exempt.
 *
 * @param created   the creation date in its metadata; null when unknown
 * @param exemption the exemption that applies; null when none does or the date is unknown
 * @param error     why it could not be fetched or read; null when it was
 */
public record PublishedDocument(String url, DocumentKind kind, String contentType, LocalDate created,
                                Exemption exemption, List<Message> error, List<Finding> findings) {

    public PublishedDocument {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        findings = List.copyOf(findings);
    }

    /** The office files among the pages, in scan order. */
    static List<PublishedDocument> of(List<PageResult> pages) {
        List<PublishedDocument> documents = new ArrayList<>();
        for (PageResult page : pages) {
            Optional<DocumentKind> kind = DocumentKind.of(page.contentType());
            if (kind.isPresent()) {
                LocalDate created = page.facts().documentCreated();
                documents.add(new PublishedDocument(page.url(), kind.get(), page.contentType(), created,
                        Exemption.forDocument(created).orElse(null), page.error(), page.findings()));
            }
        }
        return documents;
    }
}
