package nl.ketenscan.rules.sample;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.PageAddress;
import nl.ketenscan.rules.PageFeature;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Sha256;
import nl.ketenscan.rules.exemption.DocumentKind;
import nl.ketenscan.rules.exemption.Exemption;

/**
 * The sample WCAG-EM (step 3) proposes for an auditor, drawn from the scanned pages.
 *
 * <p>The structured sample holds the common pages (home, contact, search, sitemap, login, help and
 * legal pages, the statement page), one page of each template (pages grouped by their
 * {@link PageSkeleton}, the first one found standing for the group), a page with each feature not
 * yet covered (a form, a data table, media, another language) and one office file of each kind.
 * The random sample adds ceil(10%) of the structured sample's size, drawn from the other scanned
 * pages with {@link Random} seeded from the scan id and the organisation's name: the same scan
 * always gives the same sample, and the seed is shown so the draw can be checked.
 *
 * <p>Only pages that answered and were checked are sampled, and no office file the Besluit exempts.
 * Processes (a form and the pages after it) are not recognised; the auditor adds them.
 *
 * @param seed the seed of the random draw
 */
public record WcagEmSample(List<SampledPage> structured, List<SampledPage> random, long seed) {

    private static final Pattern CONTACT = wordStart("contact");
    private static final Pattern SEARCH = wordStart("zoek|search");
    private static final Pattern SITEMAP = wordStart("sitemap|sitekaart");
    private static final Pattern LOGIN = wordStart("inloggen|login|log-in");
    private static final Pattern HELP_OR_LEGAL = wordStart(
            "privacy|cookie|disclaimer|proclaimer|colofon|help|veelgestelde-vragen|faq");
    private static final double RANDOM_SHARE = 0.10;

    public WcagEmSample {
        structured = List.copyOf(structured);
        random = List.copyOf(random);
    }

    /**
     * @param statementUrl the statement page found on the site, or null
     * @param scanId       the scan's id, which seeds the random draw
     */
    public static WcagEmSample select(OrganisationResults results, String statementUrl, String scanId) {
        List<PageResult> pages = sampleable(results.pages());
        Set<String> seeds = new HashSet<>();
        results.organisation().seeds().forEach(seed -> seeds.add(PageAddress.key(seed)));
        Map<PageResult, Set<SampleReason>> chosen = new LinkedHashMap<>();
        Set<SampleReason> commonFound = EnumSet.noneOf(SampleReason.class);
        Set<String> templates = new HashSet<>();
        Set<DocumentKind> documentKinds = EnumSet.noneOf(DocumentKind.class);
        for (PageResult page : pages) {
            Set<SampleReason> reasons = EnumSet.noneOf(SampleReason.class);
            for (SampleReason common : commonReasons(page, seeds, statementUrl)) {
                if (commonFound.add(common)) {
                    reasons.add(common);
                }
            }
            String skeleton = page.facts().skeleton();
            if (skeleton != null && templates.add(skeleton)) {
                reasons.add(SampleReason.TEMPLATE);
            }
            DocumentKind.of(page.contentType()).filter(documentKinds::add)
                    .ifPresent(kind -> reasons.add(SampleReason.DOCUMENT));
            if (!reasons.isEmpty()) {
                chosen.put(page, reasons);
            }
        }
        addFeatures(pages, chosen);
        List<SampledPage> structured = chosen.entrySet().stream()
                .map(e -> sampled(e.getKey(), List.copyOf(e.getValue()))).toList();
        long seed = seed(scanId, results.organisation().name());
        List<PageResult> rest = new ArrayList<>(pages);
        rest.removeAll(chosen.keySet());
        Collections.shuffle(rest, new Random(seed));
        int size = Math.min(rest.size(), randomSize(structured.size()));
        List<SampledPage> random = rest.subList(0, size).stream().map(p -> sampled(p, List.of())).toList();
        return new WcagEmSample(structured, random, seed);
    }

    /**
     * How many pages the random draw adds to a structured sample of {@code structured} pages: WCAG-EM's
     * 10%, rounded up.
     */
    public static int randomSize(int structured) {
        return (int) Math.ceil(structured * RANDOM_SHARE);
    }

    /** How many page layouts (templates) the structured sample holds a page of. */
    public int templates() {
        return (int) structured.stream().filter(p -> p.reasons().contains(SampleReason.TEMPLATE)).count();
    }

    /** Every sampled page, structured first. */
    public List<SampledPage> all() {
        List<SampledPage> all = new ArrayList<>(structured);
        all.addAll(random);
        return all;
    }

    /** The seed for an organisation's draw in a scan: the first 8 bytes of SHA-256 of both names. */
    static long seed(String scanId, String organisation) {
        byte[] digest = Sha256.digest(scanId + '\n' + organisation);
        long seed = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            seed = seed << 8 | (digest[i] & 0xff);
        }
        return seed;
    }

    /** A page with each feature, when no page of the sample so far shows it; sampled pages note theirs. */
    private static void addFeatures(List<PageResult> pages, Map<PageResult, Set<SampleReason>> chosen) {
        for (PageFeature feature : PageFeature.values()) {
            SampleReason.of(feature).ifPresent(reason -> {
                boolean covered = false;
                for (Map.Entry<PageResult, Set<SampleReason>> entry : chosen.entrySet()) {
                    if (holds(entry.getKey(), feature)) {
                        entry.getValue().add(reason);
                        covered = true;
                    }
                }
                if (!covered) {
                    pages.stream().filter(p -> holds(p, feature)).findFirst()
                            .ifPresent(p -> chosen.put(p, EnumSet.of(reason)));
                }
            });
        }
    }

    private static boolean holds(PageResult page, PageFeature feature) {
        return page.features() != null && page.features().contains(feature);
    }

    private static List<SampleReason> commonReasons(PageResult page, Set<String> seeds, String statementUrl) {
        List<SampleReason> reasons = new ArrayList<>();
        if (seeds.contains(PageAddress.key(page.url()))) {
            reasons.add(SampleReason.HOME);
        }
        String statement = PageAddress.key(statementUrl);
        boolean isStatement = PageAddress.key(page.url()).equals(statement)
                || PageAddress.key(address(page)).equals(statement);
        if (statementUrl != null && isStatement) {
            reasons.add(SampleReason.STATEMENT);
        }
        commonPageReasons(address(page)).stream().filter(reason -> !reasons.contains(reason)).forEach(reasons::add);
        return reasons;
    }

    /**
     * Pages that answered and were checked and office files that are not exempt, each address once
     * (a redirect and its target are one page).
     */
    private static List<PageResult> sampleable(List<PageResult> pages) {
        Set<String> seen = new HashSet<>();
        List<PageResult> sampleable = new ArrayList<>();
        for (PageResult page : pages) {
            boolean document = DocumentKind.of(page.contentType()).isPresent()
                    && Exemption.forDocument(page.facts().documentCreated()).isEmpty();
            boolean checked = page.facts().skeleton() != null || document;
            boolean answered = page.error() == null && page.httpStatus() < 400;
            if (answered && checked && seen.add(PageAddress.key(address(page)))) {
                sampleable.add(page);
            }
        }
        return sampleable;
    }

    private static SampledPage sampled(PageResult page, List<SampleReason> reasons) {
        return new SampledPage(address(page), page.title(), page.contentType(), reasons);
    }

    private static String address(PageResult page) {
        return page.finalUrl() == null ? page.url() : page.finalUrl();
    }

    /**
     * Words that start a word of the path: {@code zoeken} and {@code zoekresultaten} are the search
     * page, {@code overzicht-onderzoeken} is not.
     */
    private static Pattern wordStart(String words) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + words + ")");
    }

    /**
     * Which common page of the structured sample an address is by its path alone (home, contact, search,
     * sitemap, login, help or legal): known while crawling, before the statement page is found, so that a
     * scan can give such pages the checks it keeps for the sample.
     */
    public static List<SampleReason> commonPageReasons(String address) {
        List<SampleReason> reasons = new ArrayList<>();
        String path = path(address);
        if (path.isEmpty()) {
            reasons.add(SampleReason.HOME);
        }
        if (CONTACT.matcher(path).find()) {
            reasons.add(SampleReason.CONTACT);
        }
        if (SEARCH.matcher(path).find()) {
            reasons.add(SampleReason.SEARCH);
        }
        if (SITEMAP.matcher(path).find()) {
            reasons.add(SampleReason.SITEMAP);
        }
        if (LOGIN.matcher(path).find()) {
            reasons.add(SampleReason.LOGIN);
        }
        if (HELP_OR_LEGAL.matcher(path).find()) {
            reasons.add(SampleReason.HELP_OR_LEGAL);
        }
        return reasons;
    }

    /** The path of the address in lower case, without slashes at its ends: empty for the home page. */
    private static String path(String address) {
        String key = PageAddress.key(address);
        int slash = key.indexOf('/');
        return slash < 0 ? "" : key.substring(slash + 1).toLowerCase(Locale.ROOT);
    }
}
