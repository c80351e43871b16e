package nl.ketenscan.rules.statement;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.dom.Hidden;
import nl.ketenscan.rules.dom.MainContent;
import org.jsoup.nodes.Element;

/**
 * What a statement page says that Logius checks: its own date, the dates of the research it rests on,
 * the ways to contact the organisation, and the research reports it links. Read from the page's main
 * content, as written; what it means (too old, broken) is judged by {@link StatementCheck}.
 *
 * <p>A date is the statement's when the words just before it speak of the statement ("datum",
 * "opgesteld op", "laatst bijgewerkt", "ondertekend op", as the model statement writes them), and
 * the research's when they speak of research ("onderzoek uitgevoerd op", "toetsing", "audit",
 * "rapport"); a definition list's term or a table's header cell labels the date beside it. A date
 * with neither is left out: a guessed date would make a statement wrongly "te oud".
 *
 * @param date            the statement's own date, the latest it names; null when it names none
 * @param researchDates   the dates of the research it cites, in the order written
 * @param contacts        the ways to contact the organisation it names
 * @param researchReports the links to research reports, as the page wrote them
 */
public record StatementContents(LocalDate date, List<LocalDate> researchDates, List<ContactWay> contacts,
                                List<StatementLink> researchReports) {

    public static final StatementContents NONE = new StatementContents(null, List.of(), List.of(), List.of());

    private static final Pattern RESEARCH_WORDS = Pattern.compile(
            "(?i)onderzoe?k|toetsing|getoetst|audit|evaluatie|ge[eë]valueerd|inspectie|rapport|research|evaluation|tested");
    private static final Pattern STATEMENT_WORDS = Pattern.compile(
            "(?i)datum|opgesteld|bijgewerkt|gewijzigd|herzien|ondertekend|vastgesteld|verklaring|updated|signed|date");
    private static final Pattern REPORT_LINK = Pattern.compile(
            "(?i)onderzoe?k|rapport|rapportage|toetsing|audit|evaluatie|inspectie|report");
    private static final Pattern FORM_LINK = Pattern.compile("(?i)formulier|contact|feedback|meld|reageer|form");
    private static final Pattern REGISTER = Pattern.compile("(?i)toegankelijkheidsverklaring\\.nl/register");
    private static final Pattern EMAIL_TEXT = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.\\p{Alpha}{2,}");
    private static final Pattern PHONE_TEXT = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:telefoon(?:nummer)?|bel(?:\\s+ons)?(?:\\s+op)?|tel\\.?|phone)[:\\s]+(\\+?\\d[\\d\\s-]{3,16}\\d)");
    private static final String BLOCKS = "p, li, dd, td, th, h2, h3, h4, caption, figcaption, address";
    private static final int MAX_FORM_LINK_WORDS = 6;

    public StatementContents {
        researchDates = List.copyOf(researchDates);
        contacts = List.copyOf(contacts);
        researchReports = List.copyOf(researchReports);
    }

    /** Reads the statement page's main content; a pure function of its DOM. */
    public static StatementContents of(PageContent page) {
        List<Element> roots = MainContent.roots(page.document());
        List<LocalDate> statementDates = new ArrayList<>();
        Set<LocalDate> researchDates = new LinkedHashSet<>();
        Map<String, ContactWay> contacts = new LinkedHashMap<>();
        Set<StatementLink> reports = new LinkedHashSet<>();
        for (Element root : roots) {
            for (Element block : root.select(BLOCKS)) {
                if (!Hidden.fromEveryone(block) && block.select(BLOCKS).size() == 1) {
                    readDates(label(block), block.text(), statementDates, researchDates);
                    readWrittenContacts(block.text(), contacts);
                }
            }
            for (Element anchor : root.select("a[href]")) {
                readLink(anchor, contacts, reports);
            }
        }
        LocalDate date = statementDates.stream().max(LocalDate::compareTo).orElse(null);
        return new StatementContents(date, new ArrayList<>(researchDates), new ArrayList<>(contacts.values()),
                new ArrayList<>(reports));
    }

    /** True when the page said none of these things. */
    public boolean isEmpty() {
        return date == null && researchDates.isEmpty() && contacts.isEmpty() && researchReports.isEmpty();
    }

    /** The most recent research date it cites, if any. */
    public Optional<LocalDate> latestResearch() {
        return researchDates.stream().max(LocalDate::compareTo);
    }

    /** The words that label a block: a definition's term, the header cell of a table row. */
    private static String label(Element block) {
        if (block.tagName().equals("dd")) {
            Element term = block.previousElementSibling();
            while (term != null && !term.tagName().equals("dt")) {
                term = term.previousElementSibling();
            }
            return term == null ? "" : term.text();
        }
        if (block.tagName().equals("td")) {
            Element row = block.parent();
            Element header = row == null ? null : row.selectFirst("th");
            return header == null ? "" : header.text();
        }
        return "";
    }

    /** Each date, classified by the words between it and the date before it, else by the block's label. */
    private static void readDates(String label, String text, List<LocalDate> statementDates,
                                  Set<LocalDate> researchDates) {
        int from = 0;
        for (DutchDates.Found found : DutchDates.find(text)) {
            String before = text.substring(from, found.start());
            from = found.end();
            String words = RESEARCH_WORDS.matcher(before).find() || STATEMENT_WORDS.matcher(before).find()
                    ? before : label + " " + before;
            if (RESEARCH_WORDS.matcher(words).find()) {
                researchDates.add(found.date());
            } else if (STATEMENT_WORDS.matcher(words).find()) {
                statementDates.add(found.date());
            }
        }
    }

    private static void readWrittenContacts(String text, Map<String, ContactWay> contacts) {
        Matcher email = EMAIL_TEXT.matcher(text);
        while (email.find()) {
            contacts.putIfAbsent(key(ContactWay.Kind.EMAIL, email.group()),
                    new ContactWay(ContactWay.Kind.EMAIL, email.group(), false));
        }
        Matcher phone = PHONE_TEXT.matcher(text);
        while (phone.find()) {
            String number = phone.group(1).replaceAll("\\s+", " ").strip();
            contacts.putIfAbsent(key(ContactWay.Kind.PHONE, number),
                    new ContactWay(ContactWay.Kind.PHONE, number, false));
        }
    }

    private static void readLink(Element anchor, Map<String, ContactWay> contacts, Set<StatementLink> reports) {
        String href = anchor.attr("href").strip();
        String lower = href.toLowerCase(Locale.ROOT);
        String text = anchor.text().replaceAll("\\s+", " ").strip();
        if (lower.startsWith("mailto:")) {
            String address = href.substring("mailto:".length()).split("\\?", 2)[0];
            contacts.put(key(ContactWay.Kind.EMAIL, address), new ContactWay(ContactWay.Kind.EMAIL, address, true));
            return;
        }
        if (lower.startsWith("tel:")) {
            String number = href.substring("tel:".length());
            contacts.put(key(ContactWay.Kind.PHONE, number), new ContactWay(ContactWay.Kind.PHONE, number, true));
            return;
        }
        String url = anchor.absUrl("href");
        if (!url.startsWith("http://") && !url.startsWith("https://") || REGISTER.matcher(url).find()) {
            return;
        }
        int hash = url.indexOf('#');
        String target = hash < 0 ? url : url.substring(0, hash);
        if (REPORT_LINK.matcher(text).find() || REPORT_LINK.matcher(fileName(target)).find()) {
            reports.add(new StatementLink(target, text));
        } else if (!text.isEmpty() && FORM_LINK.matcher(text).find()
                && text.split(" ").length <= MAX_FORM_LINK_WORDS) {
            contacts.putIfAbsent(key(ContactWay.Kind.FORM, target), new ContactWay(ContactWay.Kind.FORM, target, true));
        }
    }

    /** A phone number or address written and also linked is one way to contact, not two. */
    private static String key(ContactWay.Kind kind, String address) {
        String plain = kind == ContactWay.Kind.PHONE ? nationalNumber(address) : address;
        return kind.id() + ' ' + plain.toLowerCase(Locale.ROOT);
    }

    /** A Dutch phone number's digits as dialled at home: +31 85 and 0031 85 are 085. */
    private static String nationalNumber(String number) {
        String digits = number.replaceAll("[^\\d+]", "");
        if (digits.startsWith("+31")) {
            return "0" + digits.substring(3);
        }
        return digits.startsWith("0031") ? "0" + digits.substring(4) : digits;
    }

    private static String fileName(String url) {
        try {
            String path = new URI(url).getRawPath();
            return path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        } catch (URISyntaxException e) {
            return "";
        }
    }
}
