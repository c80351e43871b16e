package nl.ketenscan.rules.images;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.PageRule;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.Snippet;
import nl.ketenscan.rules.dom.Hidden;
import org.jsoup.nodes.Element;

/**
 * {@code image-alt-meaningless}: an image whose text alternative is a file name ("IMG_2041.jpg",
 * "stadhuis_voorgevel_2021") or only says that there is an image ("afbeelding", "foto", "logo").
 * axe's {@code image-alt} passes it, because there is an alt. It fails 1.1.1 as WCAG failure F30
 * describes: such a text is no alternative, whether the image informs (the information is missing)
 * or decorates (it should be silent, with {@code alt=""}).
 *
 * <p>Only the alt is judged: an image named by {@code aria-label} or {@code aria-labelledby}, one
 * with no role for assistive technology, and one hidden from it are left alone. A real word that
 * happens to be the file's name ({@code alt="Plattegrond"} on {@code plattegrond.png}) is a text
 * alternative and passes; a name is taken for a file name only when it has an image file's extension,
 * a camera's numbering, or the file's own name written as only file names are (an underscore, or a
 * slug such as {@code zwembad-de-veen-2}); {@code alt="112"} on {@code 112.png} passes.
 */
public final class ImageAltMeaningless implements PageRule {

    private static final RuleInfo INFO = new RuleInfo("image-alt-meaningless", List.of("1.1.1"), Impact.SERIOUS,
            "Afbeelding met een alt-tekst die niets zegt: een bestandsnaam (\"IMG_2041.jpg\") of alleen "
                    + "\"afbeelding\", \"foto\" of \"logo\".",
            "Image whose alt text says nothing: a file name (\"IMG_2041.jpg\") or just \"image\", \"photo\" or "
                    + "\"logo\".",
            "https://www.w3.org/WAI/WCAG21/Techniques/failures/F30", List.of("qt1vmo"));

    private static final Pattern IMAGE_FILE = Pattern.compile(
            "[^/\\\\]+\\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|avif|heic|ico)", Pattern.CASE_INSENSITIVE);
    /** Names cameras, phones and screenshot tools give: "IMG_2041", "DSC01234", "PXL_20240512_0931". */
    private static final Pattern CAMERA_FILE = Pattern.compile(
            "(?:img|dsc[nf]?|dcim|pxl|mvimg|gopr|screenshot|schermafbeelding|whatsapp[ _-]image)[ _-]?\\d[\\w-]*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_NUMBER = Pattern.compile("[\\s_-]*\\d+$");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** A file name's slug: three or more parts joined by hyphens, one with a number ("zwembad-de-veen-2"). */
    private static final Pattern SLUG = Pattern.compile("(?=.*\\d)[^-]+-[^-]+-.+");
    /** Words that say only that something is an image, in Dutch and English; compared as a whole alt. */
    private static final Set<String> PLACEHOLDERS = Set.of(
            "afbeelding", "afbeeldingen", "foto", "foto's", "fotos", "plaatje", "plaatjes", "logo", "icoon", "icoontje",
            "pictogram", "illustratie", "figuur", "banner", "beeld", "alt", "alt-tekst", "alttekst",
            "image", "images", "img", "picture", "photo", "pic", "icon", "graphic", "illustration", "figure", "spacer",
            "alt text", "placeholder", "untitled", "naamloos");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PageContent page) {
        List<Finding> findings = new ArrayList<>();
        for (Element image : page.document().select("img[alt], input[type=image][alt]")) {
            if (!namedByAlt(image)) {
                continue;
            }
            String alt = SPACE.matcher(image.attr("alt")).replaceAll(" ").strip();
            if (alt.isEmpty()) {
                continue;
            }
            if (isFileName(alt, image.attr("src"))) {
                findings.add(INFO.finding(Outcome.FAILED, image.cssSelector(), Snippet.of(image),
                        INFO.message("file-name", alt)));
            } else if (isPlaceholder(alt)) {
                findings.add(INFO.finding(Outcome.FAILED, image.cssSelector(), Snippet.of(image),
                        INFO.message("placeholder", alt)));
            }
        }
        return findings;
    }

    /** Whether screen readers read this image's alt as its name. */
    private static boolean namedByAlt(Element image) {
        String role = image.attr("role").trim().toLowerCase(Locale.ROOT);
        return !role.equals("presentation") && !role.equals("none")
                && image.attr("aria-label").isBlank() && image.attr("aria-labelledby").isBlank()
                && !Hidden.fromAssistiveTechWithAncestors(image);
    }

    static boolean isFileName(String alt, String src) {
        if (IMAGE_FILE.matcher(alt).matches() || CAMERA_FILE.matcher(alt).matches()) {
            return true;
        }
        String file = src.replaceFirst("[?#].*$", "").replaceFirst("^.*/", "").replaceFirst("\\.[A-Za-z0-9]{2,5}$", "");
        return !alt.contains(" ") && alt.equalsIgnoreCase(file)
                && (alt.contains("_") || SLUG.matcher(alt).matches());
    }

    static boolean isPlaceholder(String alt) {
        String lower = alt.toLowerCase(Locale.ROOT).replaceAll("[.:!]+$", "");
        return PLACEHOLDERS.contains(TRAILING_NUMBER.matcher(lower).replaceAll(""));
    }
}
