package nl.ketenscan.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Issue;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.PlainLanguage;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.criteria.Criterion;
import nl.ketenscan.rules.criteria.CriterionVerdict;
import nl.ketenscan.rules.criteria.CriterionVerdicts;
import nl.ketenscan.rules.exemption.DocumentKind;
import nl.ketenscan.rules.exemption.Exemption;
import nl.ketenscan.rules.exemption.ThirdPartyEmbed;
import nl.ketenscan.rules.statement.Statement;
import nl.ketenscan.rules.statement.StatementCheck;
import nl.ketenscan.rules.statement.StatementStatus;

/**
 * Writes {@code results.json}, the machine-readable result that CI pipelines and dashboards read.
 * Its shape is a contract ({@code results.schema.json}): fields are only ever added, never renamed.
 *
 * <p>The output is byte-for-byte the same for the same results (scan order for organisations and
 * pages, "fix first" order for issues, {@code \n} line ends), so two runs can be diffed. Nullable
 * fields are written as {@code null} rather than left out, so readers see the field exists.
 */
public final class ResultsJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectWriter WRITER = new ObjectMapper().writer(prettyPrinter());

    private ResultsJson() {
    }

    /**
     * Writes {@code results} to {@code file} as UTF-8, replacing it if it exists.
     *
     * @throws IllegalArgumentException when the results lack what the contract requires (versions,
     *                                  scan id, start and finish time, at least one organisation)
     * @throws UncheckedIOException     when the file cannot be written
     */
    public static void write(ScanResults results, Path file) {
        write(results, file, ReportText.DUTCH);
    }

    /** @param language the language of the findings' messages and the pages' errors */
    public static void write(ScanResults results, Path file, Locale language) {
        ObjectNode root = toJson(results, new MessageText(language));
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            // streamed, not built as one byte array: a scan of thousands of pages stays small in memory
            WRITER.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, root);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage()
                    + "; check that its directory exists and is writable", e);
        }
    }

    static ObjectNode toJson(ScanResults results) {
        return toJson(results, new MessageText(ReportText.DUTCH));
    }

    static ObjectNode toJson(ScanResults results, MessageText messages) {
        requirePresent(results.toolVersion(), "tool version");
        requirePresent(results.axeVersion(), "axe version");
        requirePresent(results.scanId(), "scan id");
        requirePresent(results.startedAt(), "start time");
        requirePresent(results.finishedAt(), "finish time");
        if (results.organisations().isEmpty()) {
            throw new IllegalArgumentException("results.json needs at least one organisation; the scan has none");
        }
        ObjectNode root = NODES.objectNode();
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "ketenscan");
        tool.put("version", results.toolVersion());
        tool.put("axeVersion", results.axeVersion());
        ObjectNode scan = root.putObject("scan");
        scan.put("id", results.scanId());
        scan.put("startedAt", results.startedAt().toString());
        scan.put("finishedAt", results.finishedAt().toString());
        scan.put("complete", results.complete());
        scan.put("standard", AuditStandard.NAME);
        ArrayNode notes = scan.putArray("notes");
        results.notes().forEach(n -> notes.addObject().put("organisation", n.organisation()).put("message", n.message()));
        ArrayNode organisations = root.putArray("organisations");
        results.organisations().forEach(o -> organisations.add(organisation(o, messages)));
        return root;
    }

    private static ObjectNode organisation(OrganisationResults results, MessageText messages) {
        ObjectNode node = NODES.objectNode();
        node.put("name", results.organisation().name());
        node.put("role", results.organisation().role().id());
        node.set("seeds", strings(results.organisation().seeds()));
        node.set("statement", statement(StatementCheck.of(results)));
        ArrayNode criteria = node.putArray("criteria");
        CriterionVerdicts.of(results).forEach(v -> criteria.add(criterion(v)));
        ArrayNode issues = node.putArray("issues");
        results.issues().forEach(i -> issues.add(issue(i)));
        ArrayNode pages = node.putArray("pages");
        results.pages().forEach(p -> pages.add(page(p, messages)));
        ArrayNode documents = node.putArray("documents");
        results.pages().stream().filter(p -> DocumentKind.of(p.contentType()).isPresent())
                .forEach(p -> documents.add(document(p, messages)));
        node.set("thirdPartyContent", thirdPartyContent(results.pages()));
        return node;
    }

    /** Null when no page could be checked; declared status E when no page shows a statement. */
    private static JsonNode statement(StatementCheck check) {
        if (!check.pagesChecked()) {
            return NODES.nullNode();
        }
        ObjectNode node = NODES.objectNode();
        Statement statement = check.statement();
        node.put("url", statement == null ? null : statement.url());
        node.put("declaredStatus", check.missing() ? StatementStatus.E.name()
                : statement.declaredStatus() == null ? null : statement.declaredStatus().name());
        node.put("registerUrl", statement == null ? null : statement.registerUrl());
        node.set("ruledOut", strings(check.ruledOut().stream().map(StatementStatus::name).toList()));
        node.put("contradiction", check.contradiction());
        return node;
    }

    private static ObjectNode document(PageResult page, MessageText messages) {
        ObjectNode node = NODES.objectNode();
        node.put("url", page.url());
        node.put("contentType", page.contentType());
        LocalDate created = page.facts().documentCreated();
        node.put("exempt", Exemption.forDocument(created).map(Exemption::id).orElse(null));
        node.put("created", created == null ? null : created.toString());
        ArrayNode findings = node.putArray("findings");
        page.findings().forEach(f -> findings.add(finding(f, messages)));
        return node;
    }

    /** Each embedded address once, with how many pages embed it and the findings inside it not counted. */
    private static ArrayNode thirdPartyContent(List<PageResult> pages) {
        Map<String, ObjectNode> embeds = new LinkedHashMap<>();
        for (PageResult page : pages) {
            for (ThirdPartyEmbed embed : page.facts().thirdParty()) {
                ObjectNode node = embeds.computeIfAbsent(embed.kind() + ' ' + embed.url(), key -> {
                    ObjectNode created = NODES.objectNode();
                    created.put("url", embed.url());
                    created.put("kind", embed.kind());
                    created.put("exempt", Exemption.THIRD_PARTY_CONTENT.id());
                    created.put("pages", 0);
                    created.put("findingsNotCounted", 0);
                    return created;
                });
                node.put("pages", node.get("pages").asInt() + 1);
                node.put("findingsNotCounted", node.get("findingsNotCounted").asInt() + embed.findingsNotCounted());
            }
        }
        ArrayNode array = NODES.arrayNode();
        embeds.values().forEach(array::add);
        return array;
    }

    private static ObjectNode criterion(CriterionVerdict verdict) {
        Criterion criterion = verdict.criterion();
        ObjectNode node = NODES.objectNode();
        node.put("sc", criterion.sc());
        node.put("level", criterion.level().name());
        node.put("nameNl", criterion.nameNl());
        node.put("nameEn", criterion.nameEn());
        node.put("en301549Clause", criterion.en301549Clause());
        node.put("verdict", verdict.verdict().id());
        node.put("issues", verdict.issues().size());
        return node;
    }

    private static ObjectNode issue(Issue issue) {
        Finding example = issue.example();
        ObjectNode node = NODES.objectNode();
        node.put("fingerprint", issue.fingerprint());
        node.put("rule", example.rule());
        node.set("criteria", strings(example.criteria()));
        node.put("kind", issue.kind().id());
        node.put("impact", impactId(example.impact()));
        node.put("pages", issue.pages().size());
        node.put("occurrences", issue.occurrences());
        return node;
    }

    private static ObjectNode page(PageResult page, MessageText messages) {
        ObjectNode node = NODES.objectNode();
        node.put("url", page.url());
        // the schema has no null for finalUrl: a page without one leaves it out
        if (page.finalUrl() != null) {
            node.put("finalUrl", page.finalUrl());
        }
        node.put("httpStatus", page.httpStatus());
        node.put("contentType", page.contentType());
        node.put("title", page.title());
        node.put("lang", page.lang());
        node.put("error", page.error() == null ? null : messages.of(page.error()));
        node.set("plainLanguage", plainLanguage(page.plainLanguage()));
        ArrayNode findings = node.putArray("findings");
        page.findings().forEach(f -> findings.add(finding(f, messages)));
        return node;
    }

    /** The schema's fields, plus the sentences to rewrite (the schema allows extra properties). */
    private static JsonNode plainLanguage(PlainLanguage plain) {
        return plain == null ? NODES.nullNode() : PlainLanguageJson.node(plain);
    }

    private static ObjectNode finding(Finding finding, MessageText messages) {
        ObjectNode node = NODES.objectNode();
        node.put("rule", finding.rule());
        node.put("engine", finding.engine().id());
        node.put("outcome", finding.outcome().id());
        node.set("criteria", strings(finding.criteria()));
        node.put("impact", impactId(finding.impact()));
        node.put("selector", finding.selector());
        node.put("snippet", finding.snippet());
        String message = messages.of(finding);
        node.put("message", message.isEmpty() ? null : message);
        node.put("fingerprint", finding.fingerprint());
        return node;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static String impactId(Impact impact) {
        return impact == null ? null : impact.id();
    }

    private static void requirePresent(Object value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("results.json requires the scan's " + what + ", which is missing");
        }
    }

    /** Two-space indent, {@code "key": value}, {@code \n} on every platform so output is comparable. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
