package nl.ketenscan.rules.documents;

import java.util.List;
import java.util.Objects;

import nl.ketenscan.rules.exemption.DocumentKind;

/**
 * What the crawler read from one office file (Word, Excel, PowerPoint, OpenDocument text), as plain
 * values: everything the {@link nl.ketenscan.rules.DocumentRule}s judge of it.
 *
 * @param kind                the format
 * @param title               the title in its properties ({@code dc:title}), or null
 * @param language            the language its text is marked with (the default of its styles, else
 *                            the first marked text), or null when none is; a spreadsheet has none to
 *                            mark, so its language is not judged
 * @param headings            paragraphs marked as headings (a heading style, an outline level, {@code text:h})
 * @param lookalikeHeadings   the texts of the first short paragraphs that are bold throughout but no
 *                            heading: they look like one and a screen reader does not announce them as one
 * @param lookalikeCount      how many such paragraphs there are
 * @param images              pictures, decorative ones not counted
 * @param imagesWithoutAlt    the names of the first pictures without alternative text
 * @param imagesWithoutAltCount how many pictures have none
 * @param tables              tables
 * @param tablesWithoutHeader tables without a marked header row
 */
public record OfficeFacts(DocumentKind kind, String title, String language, int headings,
                          List<String> lookalikeHeadings, int lookalikeCount, int images, List<String> imagesWithoutAlt,
                          int imagesWithoutAltCount, int tables, int tablesWithoutHeader) {

    /** How many examples the facts keep of each defect: enough to find them, bounded for a hostile file. */
    public static final int EXAMPLES = 5;

    public OfficeFacts {
        Objects.requireNonNull(kind, "kind");
        lookalikeHeadings = List.copyOf(lookalikeHeadings);
        imagesWithoutAlt = List.copyOf(imagesWithoutAlt);
    }

    public boolean hasTitle() {
        return title != null && !title.isBlank();
    }

    public boolean hasLanguage() {
        return language != null && !language.isBlank();
    }
}
