package nl.ketenscan.rules.criteria;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import nl.ketenscan.rules.BrowserCheckNames;
import nl.ketenscan.rules.DocumentRule;
import nl.ketenscan.rules.OwnRules;
import nl.ketenscan.rules.PageFeature;
import nl.ketenscan.rules.Rule;
import nl.ketenscan.rules.RuleInfo;

/**
 * The 50 success criteria a Dutch public website must meet, in WCAG order, or the 55 of WCAG 2.2
 * ({@link Standard}). The facts come from resources beside this class, not from code:
 * {@code wcag21-aa.csv} (a copy of the reference table: numbers, levels, official Dutch names,
 * EN 301 549 clauses, axe-core rules), {@code wcag22-aa.csv} (the same without 4.1.1 and with the six
 * A and AA criteria WCAG 2.2 adds, their names from the authorised Dutch translation and their
 * clauses numbered as EN 301 549 numbers WCAG's) and
 * {@code applicability.properties} (which content a criterion needs before it can apply).
 * Which of ketenscan's own rules, page or site rules, speak to a criterion is read from
 * {@link OwnRules}, so a new rule shows up here without an edit, and a site rule's criterion counts
 * as automatically checked as a page rule's does.
 */
public final class CriteriaCatalogue {

    private static final String APPLICABILITY = "applicability.properties";

    private final Map<String, Criterion> criteria;

    private CriteriaCatalogue(Map<String, Criterion> criteria) {
        this.criteria = criteria;
    }

    /** WCAG 2.1 level A and AA, with ketenscan's own rules, page and site rules and browser audits alike. */
    public static CriteriaCatalogue wcag21() {
        return Loaded.WCAG21;
    }

    /** The catalogue of {@code standard}. */
    public static CriteriaCatalogue of(Standard standard) {
        return standard == Standard.WCAG22 ? Loaded.WCAG22 : Loaded.WCAG21;
    }

    /** Every criterion, in WCAG order. */
    public List<Criterion> criteria() {
        return List.copyOf(criteria.values());
    }

    /** The criterion with number {@code sc}; empty for numbers outside A and AA, such as AAA's 3.1.5. */
    public Optional<Criterion> criterion(String sc) {
        return Optional.ofNullable(criteria.get(sc));
    }

    /** WCAG 2.1's catalogue with these own rules, for tests of how rules map to criteria. */
    static CriteriaCatalogue load(List<RuleInfo> ownRules) {
        return load(Standard.WCAG21, ownRules);
    }

    static CriteriaCatalogue load(Standard standard, List<RuleInfo> ownRules) {
        String table = standard.table();
        List<List<String>> records = CsvRecords.parse(read(table));
        Columns columns = new Columns(table, records.get(0));
        Properties applicability = new Properties();
        try (Reader reader = new InputStreamReader(open(APPLICABILITY), StandardCharsets.UTF_8)) {
            applicability.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + APPLICABILITY + " from the ketenscan jar; rebuild it", e);
        }
        Map<String, Criterion> criteria = new LinkedHashMap<>();
        for (List<String> record : records.subList(1, records.size())) {
            String sc = columns.get(record, "sc");
            criteria.put(sc, new Criterion(sc, Criterion.Level.valueOf(columns.get(record, "level")),
                    columns.get(record, "w3c_id"), columns.get(record, "name_en"), columns.get(record, "name_nl"),
                    columns.get(record, "en301549_clause"), words(columns.get(record, "axe_rules_default")),
                    rulesFor(sc, ownRules), features(applicability.getProperty(sc, "")),
                    browserChecks(sc, ownRules), ownRulesEverywhere(sc, ownRules)));
        }
        for (String sc : applicability.stringPropertyNames()) {
            if (!criteria.containsKey(sc) && !oneStandardOnly(sc)) {
                throw new IllegalStateException(APPLICABILITY + " names " + sc + ", which is not in " + table);
            }
        }
        return new CriteriaCatalogue(criteria);
    }

    /** A criterion of one standard only, which applicability.properties may name for the other. */
    private static boolean oneStandardOnly(String sc) {
        return Standard.ADDED_IN_WCAG22.contains(sc) || Standard.REMOVED_IN_WCAG22.contains(sc);
    }

    private static List<String> rulesFor(String sc, List<RuleInfo> ownRules) {
        return ownRules.stream().filter(rule -> rule.criteria().contains(sc)).map(RuleInfo::id).toList();
    }

    /** The browser checks whose audits among {@code ownRules} test the criterion. */
    private static List<String> browserChecks(String sc, List<RuleInfo> ownRules) {
        List<String> ids = rulesFor(sc, ownRules);
        return OwnRules.browserAudits().stream()
                .filter(audit -> ids.contains(audit.info().id()))
                .map(audit -> BrowserCheckNames.of(audit.artifact()))
                .distinct()
                .toList();
    }

    /** Whether an own rule that is no browser audit, so runs on every checked page, tests part of the criterion. */
    private static boolean ownRulesEverywhere(String sc, List<RuleInfo> ownRules) {
        List<String> browserAudits = OwnRules.browserAudits().stream().map(audit -> audit.info().id()).toList();
        return rulesFor(sc, ownRules).stream().anyMatch(id -> !browserAudits.contains(id));
    }

    private static Set<PageFeature> features(String ids) {
        Set<PageFeature> features = EnumSet.noneOf(PageFeature.class);
        words(ids).forEach(id -> features.add(PageFeature.fromId(id)));
        return features;
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.trim().split("\\s+"));
    }

    private static String read(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + " from the ketenscan jar; rebuild it", e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = CriteriaCatalogue.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the ketenscan jar; rebuild it");
        }
        return in;
    }

    /** The table's columns by header name, so the table may gain columns without breaking the reader. */
    private static final class Columns {

        private final String table;
        private final List<String> names;

        Columns(String table, List<String> header) {
            this.table = table;
            this.names = List.copyOf(header);
        }

        String get(List<String> record, String name) {
            int index = names.indexOf(name);
            if (index < 0) {
                throw new IllegalStateException(table + " has no column " + name);
            }
            return index < record.size() ? record.get(index).trim() : "";
        }
    }

    /**
     * Loaded once, on first use; immutable afterwards. Document rules are left out: they check PDFs
     * only, and a criterion one names would otherwise read as automatically checked on web pages
     * nobody checked for it (pdf-bookmarks is no check of multiple ways on the site).
     */
    private static final class Loaded {
        private static final List<RuleInfo> RULES = OwnRules.rules().stream()
                .filter(rule -> !(rule instanceof DocumentRule)).map(Rule::info).toList();
        static final CriteriaCatalogue WCAG21 = load(Standard.WCAG21, RULES);
        static final CriteriaCatalogue WCAG22 = load(Standard.WCAG22, RULES);
    }
}
