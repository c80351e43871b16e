package nl.ketenscan.rules.exemption;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When an office file was created, read from its own metadata. The creation date stands in for the
 * publication date the Besluit speaks of, which no file records: a file created after
 * 23 September 2018 cannot have been published before it, and one created before it most likely
 * was. Reports say so, and leave the last word to a person.
 */
public final class DocumentDates {

    private DocumentDates() {
    }

    /**
     * The creation date in the file's metadata; empty when the file does not record one where
     * ketenscan looks, or is not an office file.
     *
     * @param contentType the Content-Type the server sent
     * @param body        the file as downloaded, possibly cut off at the size limit
     */
    public static Optional<LocalDate> created(String contentType, byte[] body) {
        Optional<DocumentKind> kind = DocumentKind.of(contentType);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        return kind.get() == DocumentKind.PDF ? PdfDates.created(body) : OfficeDates.created(body);
    }
}
