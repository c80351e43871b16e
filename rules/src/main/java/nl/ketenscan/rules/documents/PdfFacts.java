package nl.ketenscan.rules.documents;

import java.time.LocalDate;

/**
 * What the crawler read from one PDF, as plain values: everything the {@link nl.ketenscan.rules.DocumentRule}s
 * judge. The crawler reads them with PDFBox; the rules need no PDF library and no file.
 *
 * @param pages                   the number of pages
 * @param tagged                  whether the document has a structure tree and says it is tagged
 *                                ({@code /MarkInfo /Marked true}): without both, assistive technology
 *                                gets no headings, lists, tables or reading order
 * @param language                the document's {@code /Lang}, or null when it declares none
 * @param title                   the title in the document's metadata (Info or XMP), or null
 * @param displayDocTitle         whether the viewer is told to show that title instead of the file name
 * @param pagesWithText           pages with text that can be extracted
 * @param imageOnlyPages          pages that show an image and hold no extractable text: scanned paper
 * @param bookmarks               whether the document has an outline (bookmarks)
 * @param formFields              form fields a user fills in or presses
 * @param formFieldsWithoutName   of those, the fields without a name for assistive technology ({@code /TU})
 * @param accessibilityBlocked    whether the security settings forbid extracting text for accessibility
 * @param created                 the creation date in the Info dictionary, or null; read here too because
 *                                a PDF that keeps it in a compressed object stream hides it from
 *                                {@link nl.ketenscan.rules.exemption.DocumentDates}
 */
public record PdfFacts(int pages, boolean tagged, String language, String title, boolean displayDocTitle,
                       int pagesWithText, int imageOnlyPages, boolean bookmarks, int formFields,
                       int formFieldsWithoutName, boolean accessibilityBlocked, LocalDate created) {

    /** Pages from which a document is long enough that a reader needs bookmarks to find their way. */
    public static final int LONG_DOCUMENT_PAGES = 20;

    public boolean hasLanguage() {
        return language != null && !language.isBlank();
    }

    public boolean hasTitle() {
        return title != null && !title.isBlank();
    }
}
