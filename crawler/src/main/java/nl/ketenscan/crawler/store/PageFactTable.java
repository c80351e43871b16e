package nl.ketenscan.crawler.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.ketenscan.rules.BrowserChecks;
import nl.ketenscan.rules.PageFacts;
import nl.ketenscan.rules.Screenshot;
import nl.ketenscan.rules.Technology;
import nl.ketenscan.rules.exemption.ThirdPartyEmbed;
import nl.ketenscan.rules.navigation.NavigationBlock;
import nl.ketenscan.rules.navigation.NavigationLink;
import nl.ketenscan.rules.navigation.PageNavigation;
import nl.ketenscan.rules.statement.ContactWay;
import nl.ketenscan.rules.statement.StatementContents;
import nl.ketenscan.rules.statement.StatementEvidence;
import nl.ketenscan.rules.statement.StatementLink;
import nl.ketenscan.rules.statement.StatementStatus;

/**
 * The facts noted about each page ({@link PageFacts}) as rows of kind, position and value, like the
 * organisations' values: one row per fact, several facts of one kind in their order, and a fact
 * with parts (a link's address and text) as kinds sharing a position. A page without facts has no
 * rows, so nothing is stored for pages that failed.
 */
final class PageFactTable {

    private static final String STATEMENT_LINK_URL = "statement-link-url";
    private static final String STATEMENT_LINK_TEXT = "statement-link-text";
    private static final String REGISTER_LINK = "register-link";
    private static final String STATEMENT_PAGE = "statement-page";
    private static final String STATUS_IN_TEXT = "status-in-text";
    private static final String STATUS_IN_LABEL = "status-in-label";
    private static final String SKELETON = "skeleton";
    private static final String THIRD_PARTY_KIND = "third-party-kind";
    private static final String THIRD_PARTY_URL = "third-party-url";
    private static final String THIRD_PARTY_FINDINGS = "third-party-findings";
    private static final String DOCUMENT_CREATED = "document-created";
    private static final String DOCUMENT_BYTES = "document-bytes";
    /** Present when the page's navigation was noted: its ways to other pages, as {@code search site-map other-links}. */
    private static final String NAVIGATION_WAYS = "navigation-ways";
    private static final String NAVIGATION_BLOCK = "navigation-block";
    private static final String NAVIGATION_BLOCK_SELECTOR = "navigation-block-selector";
    /** A block's links, one a line: {@code current} (1 or 0), destination and name, tab-separated. */
    private static final String NAVIGATION_BLOCK_LINKS = "navigation-block-links";
    /** What a statement page says ({@link StatementContents}); absent on other pages and in older stores. */
    private static final String STATEMENT_DATE = "statement-date";
    private static final String RESEARCH_DATE = "research-date";
    private static final String CONTACT_KIND = "contact-kind";
    private static final String CONTACT_ADDRESS = "contact-address";
    private static final String CONTACT_LINKED = "contact-linked";
    private static final String RESEARCH_REPORT_URL = "research-report-url";
    private static final String RESEARCH_REPORT_TEXT = "research-report-text";
    private static final String TECHNOLOGY = "technology";
    private static final String BROWSER_CHECK = "browser-check";
    private static final String BROWSER_CHECK_NOTE = "browser-check-note";
    private static final String SCREENSHOT = "screenshot";

    private final Connection connection;

    PageFactTable(Connection connection) {
        this.connection = connection;
    }

    void insert(long pageId, PageFacts facts) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO page_fact (page, kind, position, value) VALUES (?, ?, ?, ?)")) {
            Rows rows = new Rows(insert, pageId);
            StatementEvidence statement = facts.statement();
            for (int i = 0; i < statement.links().size(); i++) {
                rows.add(STATEMENT_LINK_URL, i, statement.links().get(i).url());
                rows.add(STATEMENT_LINK_TEXT, i, statement.links().get(i).text());
            }
            for (int i = 0; i < statement.registerLinks().size(); i++) {
                rows.add(REGISTER_LINK, i, statement.registerLinks().get(i));
            }
            if (statement.statementPage()) {
                rows.add(STATEMENT_PAGE, 0, "true");
            }
            if (statement.statusInText() != null) {
                rows.add(STATUS_IN_TEXT, 0, statement.statusInText().name());
            }
            if (statement.statusInLabel() != null) {
                rows.add(STATUS_IN_LABEL, 0, statement.statusInLabel().name());
            }
            insertContents(rows, statement.contents());
            if (facts.skeleton() != null) {
                rows.add(SKELETON, 0, facts.skeleton());
            }
            for (int i = 0; i < facts.thirdParty().size(); i++) {
                ThirdPartyEmbed embed = facts.thirdParty().get(i);
                rows.add(THIRD_PARTY_KIND, i, embed.kind());
                rows.add(THIRD_PARTY_URL, i, embed.url());
                rows.add(THIRD_PARTY_FINDINGS, i, Integer.toString(embed.findingsNotCounted()));
            }
            if (facts.documentCreated() != null) {
                rows.add(DOCUMENT_CREATED, 0, facts.documentCreated().toString());
            }
            if (facts.documentBytes() != null) {
                rows.add(DOCUMENT_BYTES, 0, facts.documentBytes().toString());
            }
            if (facts.navigation() != null) {
                insertNavigation(rows, facts.navigation());
            }
            int technology = 0;
            for (Technology used : facts.technologies()) {
                rows.add(TECHNOLOGY, technology++, used.name());
            }
            BrowserChecks checks = facts.browserChecks();
            for (int i = 0; i < checks.ran().size(); i++) {
                rows.add(BROWSER_CHECK, i, checks.ran().get(i));
            }
            for (int i = 0; i < checks.notes().size(); i++) {
                rows.add(BROWSER_CHECK_NOTE, i, checks.notes().get(i));
            }
            for (int i = 0; i < checks.screenshots().size(); i++) {
                Screenshot shot = checks.screenshots().get(i);
                rows.add(SCREENSHOT, i, shot.file() + '\t' + shot.rule() + '\t' + oneLine(shot.selector()));
            }
            insert.executeBatch();
        }
    }

    private static void insertContents(Rows rows, StatementContents contents) throws SQLException {
        if (contents.date() != null) {
            rows.add(STATEMENT_DATE, 0, contents.date().toString());
        }
        for (int i = 0; i < contents.researchDates().size(); i++) {
            rows.add(RESEARCH_DATE, i, contents.researchDates().get(i).toString());
        }
        for (int i = 0; i < contents.contacts().size(); i++) {
            ContactWay way = contents.contacts().get(i);
            rows.add(CONTACT_KIND, i, way.kind().name());
            rows.add(CONTACT_ADDRESS, i, way.address());
            rows.add(CONTACT_LINKED, i, Boolean.toString(way.linked()));
        }
        for (int i = 0; i < contents.researchReports().size(); i++) {
            rows.add(RESEARCH_REPORT_URL, i, contents.researchReports().get(i).url());
            rows.add(RESEARCH_REPORT_TEXT, i, contents.researchReports().get(i).text());
        }
    }

    private static StatementContents contents(Kinds kinds) {
        String date = kinds.first(STATEMENT_DATE);
        List<LocalDate> research = kinds.all(RESEARCH_DATE).values().stream().map(LocalDate::parse).toList();
        List<ContactWay> contacts = new ArrayList<>();
        kinds.all(CONTACT_KIND).forEach((position, kind) -> contacts.add(new ContactWay(ContactWay.Kind.valueOf(kind),
                kinds.at(CONTACT_ADDRESS, position), Boolean.parseBoolean(kinds.at(CONTACT_LINKED, position)))));
        List<StatementLink> reports = new ArrayList<>();
        kinds.all(RESEARCH_REPORT_URL).forEach((position, url) ->
                reports.add(new StatementLink(url, kinds.at(RESEARCH_REPORT_TEXT, position))));
        return new StatementContents(date == null ? null : LocalDate.parse(date), research, contacts, reports);
    }

    private static void insertNavigation(Rows rows, PageNavigation navigation) throws SQLException {
        rows.add(NAVIGATION_WAYS, 0, navigation.search() + " " + navigation.siteMap() + " " + navigation.otherLinks());
        for (int i = 0; i < navigation.blocks().size(); i++) {
            NavigationBlock block = navigation.blocks().get(i);
            rows.add(NAVIGATION_BLOCK, i, block.key());
            rows.add(NAVIGATION_BLOCK_SELECTOR, i, block.selector());
            StringBuilder links = new StringBuilder();
            for (NavigationLink link : block.links()) {
                links.append(link.current() ? '1' : '0').append('\t').append(oneLine(link.destination())).append('\t')
                        .append(oneLine(link.name())).append('\n');
            }
            rows.add(NAVIGATION_BLOCK_LINKS, i, links.toString());
        }
    }

    private static String oneLine(String value) {
        return value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    /** The facts of every page of the organisation that has any, by page id. */
    Map<Long, PageFacts> read(int org) throws SQLException {
        Map<Long, Map<String, TreeMap<Integer, String>>> values = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT f.page, f.kind, f.position, f.value FROM page_fact f JOIN page p ON p.id = f.page"
                        + " WHERE p.organisation = ?")) {
            select.setInt(1, org);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.computeIfAbsent(rows.getLong(1), k -> new HashMap<>())
                            .computeIfAbsent(rows.getString(2), k -> new TreeMap<>())
                            .put(rows.getInt(3), rows.getString(4));
                }
            }
        }
        Map<Long, PageFacts> facts = new HashMap<>();
        values.forEach((page, kinds) -> facts.put(page, facts(new Kinds(kinds))));
        return facts;
    }

    private static PageFacts facts(Kinds kinds) {
        List<StatementLink> links = new ArrayList<>();
        kinds.all(STATEMENT_LINK_URL).forEach((position, url) ->
                links.add(new StatementLink(url, kinds.at(STATEMENT_LINK_TEXT, position))));
        StatementEvidence statement = new StatementEvidence(links, List.copyOf(kinds.all(REGISTER_LINK).values()),
                kinds.first(STATEMENT_PAGE) != null, status(kinds.first(STATUS_IN_TEXT)),
                status(kinds.first(STATUS_IN_LABEL)), contents(kinds));
        List<ThirdPartyEmbed> embeds = new ArrayList<>();
        kinds.all(THIRD_PARTY_URL).forEach((position, url) -> embeds.add(new ThirdPartyEmbed(
                kinds.at(THIRD_PARTY_KIND, position), url,
                Integer.parseInt(kinds.at(THIRD_PARTY_FINDINGS, position)))));
        String created = kinds.first(DOCUMENT_CREATED);
        String bytes = kinds.first(DOCUMENT_BYTES);
        return new PageFacts(statement, kinds.first(SKELETON), embeds,
                created == null ? null : LocalDate.parse(created), navigation(kinds),
                new BrowserChecks(List.copyOf(kinds.all(BROWSER_CHECK).values()),
                        List.copyOf(kinds.all(BROWSER_CHECK_NOTE).values()), screenshots(kinds)),
                kinds.all(TECHNOLOGY).values().stream().map(Technology::valueOf).collect(Collectors.toSet()),
                bytes == null ? null : Long.valueOf(bytes));
    }

    private static List<Screenshot> screenshots(Kinds kinds) {
        return kinds.all(SCREENSHOT).values().stream().map(row -> row.split("\t", 3))
                .map(parts -> new Screenshot(parts[1], parts[2], parts[0])).toList();
    }

    /** Null for a page stored without its navigation noted, by an older ketenscan or for a document. */
    private static PageNavigation navigation(Kinds kinds) {
        String ways = kinds.first(NAVIGATION_WAYS);
        if (ways == null) {
            return null;
        }
        String[] parts = ways.split(" ");
        List<NavigationBlock> blocks = new ArrayList<>();
        kinds.all(NAVIGATION_BLOCK).forEach((position, key) -> {
            List<NavigationLink> links = new ArrayList<>();
            for (String line : kinds.at(NAVIGATION_BLOCK_LINKS, position).split("\n")) {
                if (!line.isEmpty()) {
                    String[] link = line.split("\t", 3);
                    links.add(new NavigationLink(link[1], link[2], link[0].equals("1")));
                }
            }
            blocks.add(new NavigationBlock(key, kinds.at(NAVIGATION_BLOCK_SELECTOR, position), links));
        });
        return new PageNavigation(blocks, Boolean.parseBoolean(parts[0]), Boolean.parseBoolean(parts[1]),
                Integer.parseInt(parts[2]));
    }

    private static StatementStatus status(String letter) {
        return letter == null ? null : StatementStatus.fromLetter(letter).orElseThrow(() -> new IllegalStateException(
                "the scan store holds an unknown statement status '" + letter + "'"));
    }

    /** Adds rows of one page to the batch. */
    private record Rows(PreparedStatement insert, long pageId) {
        void add(String kind, int position, String value) throws SQLException {
            insert.setLong(1, pageId);
            insert.setString(2, kind);
            insert.setInt(3, position);
            insert.setString(4, value);
            insert.addBatch();
        }
    }

    /** The values of one page by kind and position. */
    private record Kinds(Map<String, TreeMap<Integer, String>> values) {
        Map<Integer, String> all(String kind) {
            return values.getOrDefault(kind, new TreeMap<>());
        }

        String first(String kind) {
            TreeMap<Integer, String> byPosition = values.get(kind);
            return byPosition == null ? null : byPosition.firstEntry().getValue();
        }

        String at(String kind, int position) {
            String value = all(kind).get(position);
            if (value == null) {
                throw new IllegalStateException("the scan store lacks the " + kind + " at position " + position
                        + " of a page; the file was changed by something other than ketenscan");
            }
            return value;
        }
    }
}
