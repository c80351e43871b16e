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
 * The 50 success criteria a Dutch public website must meet, in WCAG order. The facts come from
 * resources beside this class, not from code: {@code wcag21-aa.csv} (a copy of the reference
 * table: numbers, levels, official Dutch names, EN 301 549 clauses, axe-core rules) and
 * {@code applicability.properties} (which content a criterion needs before it can apply).
 * Which of ketenscan's own rules, page or site rules, speak to a criterion is read from
 * {@link OwnRules}, so a new rule shows up here without an edit, and a site rule's criterion counts
 * as automatically checked as a page rule's does.
 */
public final class CriteriaCatalogue {

    private static final String TABLE = "wcag21-aa.csv";
    private static final String APPLICABILITY = "applicability.properties";

    private final Map<String, Criterion> criteria;

    private CriteriaCatalogue(Map<String, Criterion> criteria) {
        this.criteria = criteria;
    }

    /** WCAG 2.1 level A and AA, with ketenscan's own rules, page and site rules and browser audits alike. */
    public static CriteriaCatalogue wcag21() {
        return Wcag21.CATALOGUE;
    }

    /** Every criterion, in WCAG order. */
    public List<Criterion> criteria() {
        return List.copyOf(criteria.values());
    }

    /** The criterion with number {@code sc}; empty for numbers outside A and AA, such as AAA's 3.1.5. */
    public Optional<Criterion> criterion(String sc) {
        return Optional.ofNullable(criteria.get(sc));
    }

    static CriteriaCatalogue load(List<RuleInfo> ownRules) {
        List<List<String>> records = CsvRecords.parse(read(TABLE));
        Columns columns = new Columns(records.get(0));
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
            if (!criteria.containsKey(sc)) {
                throw new IllegalStateException(APPLICABILITY + " names " + sc + ", which is not in " + TABLE);
            }
        }
        return new CriteriaCatalogue(criteria);
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

        private final List<String> names;

        Columns(List<String> header) {
            this.names = List.copyOf(header);
        }

        String get(List<String> record, String name) {
            int index = names.indexOf(name);
            if (index < 0) {
                throw new IllegalStateException(TABLE + " has no column " + name);
            }
            return index < record.size() ? record.get(index).trim() : "";
        }
    }

    /**
     * Loaded once, on first use; immutable afterwards. Document rules are left out: they check PDFs
     * only, and a criterion one names would otherwise read as automatically checked on web pages
     * nobody checked for it (pdf-bookmarks is no check of multiple ways on the site).
     */
    private static final class Wcag21 {
        static final CriteriaCatalogue CATALOGUE = load(OwnRules.rules().stream()
                .filter(rule -> !(rule instanceof DocumentRule)).map(Rule::info).toList());
    }
}
