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
import java.util.List;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Issue;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageLinks;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.PlainLanguage;
import nl.ketenscan.rules.Screenshot;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.assessment.Embed;
import nl.ketenscan.rules.assessment.IssueCount;
import nl.ketenscan.rules.assessment.OrganisationAssessment;
import nl.ketenscan.rules.assessment.OrganisationCounts;
import nl.ketenscan.rules.assessment.PublishedDocument;
import nl.ketenscan.rules.assessment.ScanMetadata;
import nl.ketenscan.rules.criteria.Criterion;
import nl.ketenscan.rules.criteria.CriterionVerdict;
import nl.ketenscan.rules.criteria.Verdict;
import nl.ketenscan.rules.exemption.Exemption;
import nl.ketenscan.rules.statement.LinkAnswer;
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
public final class ResultsJson implements ReportFormat {

    static final String FILE_NAME = "results.json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectWriter WRITER = new ObjectMapper().writer(prettyPrinter());

    @Override
    public String id() {
        return "json";
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public void write(ReportInput input, Path folder) {
        write(input.assessment(), new ReportText(input.language()), folder.resolve(FILE_NAME));
    }

    /** Writes the assessment to {@code file}, its texts in Dutch. */
    static void write(ChainAssessment assessment, Path file) {
        write(assessment, new ReportText(ReportText.DUTCH), file);
    }

    /**
     * Writes the assessment to {@code file} as UTF-8, replacing it if it exists.
     *
     * @throws IllegalArgumentException when the results lack what the contract requires (versions,
     *                                  scan id, start and finish time, at least one organisation)
     * @throws UncheckedIOException     when the file cannot be written
     */
    private static void write(ChainAssessment assessment, ReportText text, Path file) {
        ObjectNode root = toJson(assessment, text);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            // streamed, not built as one byte array: a scan of thousands of pages stays small in memory
            WRITER.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, root);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage()
                    + "; check that its directory exists and is writable", e);
        }
    }

    /** @param text the report's language, for the texts results.json holds (why a crawl stopped, messages, errors) */
    static ObjectNode toJson(ChainAssessment assessment, ReportText text) {
        ScanMetadata metadata = assessment.scan();
        requirePresent(metadata.toolVersion(), "tool version");
        requirePresent(metadata.axeVersion(), "axe version");
        requirePresent(metadata.scanId(), "scan id");
        requirePresent(metadata.startedAt(), "start time");
        requirePresent(metadata.finishedAt(), "finish time");
        if (assessment.organisations().isEmpty()) {
            throw new IllegalArgumentException("results.json needs at least one organisation; the scan has none");
        }
        ObjectNode root = NODES.objectNode();
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "ketenscan");
        tool.put("version", metadata.toolVersion());
        tool.put("axeVersion", metadata.axeVersion());
        ObjectNode scan = root.putObject("scan");
        scan.put("id", metadata.scanId());
        scan.put("startedAt", metadata.startedAt().toString());
        scan.put("finishedAt", metadata.finishedAt().toString());
        scan.put("complete", metadata.complete());
        scan.put("standard", metadata.standard().displayName());
        ArrayNode notes = scan.putArray("notes");
        metadata.notes().forEach(n -> notes.addObject().put("organisation", n.organisation())
                .put("message", text.messages().of(n.message())));
        ArrayNode organisations = root.putArray("organisations");
        assessment.organisations().forEach(o -> organisations.add(organisation(o, text)));
        return root;
    }

    private static ObjectNode organisation(OrganisationAssessment assessment, ReportText text) {
        ObjectNode node = NODES.objectNode();
        node.put("name", assessment.name());
        node.put("role", assessment.organisation().role().id());
        node.set("seeds", strings(assessment.organisation().seeds()));
        node.put("complete", assessment.complete());
        node.put("stopReason", assessment.complete() ? null : text.get("stopReason." + assessment.stopReason().id()));
        node.set("counts", counts(assessment.counts()));
        node.set("statement", statement(assessment.statement()));
        ArrayNode criteria = node.putArray("criteria");
        assessment.verdicts().forEach(v -> criteria.add(criterion(v)));
        ArrayNode issues = node.putArray("issues");
        assessment.issues().forEach(i -> issues.add(issue(i)));
        ArrayNode pages = node.putArray("pages");
        assessment.pages().forEach(p -> pages.add(page(p, assessment.linksOf(p.url()), text.messages())));
        ArrayNode documents = node.putArray("documents");
        assessment.documents().forEach(d -> documents.add(document(d, text.messages())));
        ArrayNode embeds = node.putArray("thirdPartyContent");
        assessment.embeds().forEach(e -> embeds.add(embed(e)));
        return node;
    }

    /** Proven failures and what a person must review, always apart, keyed by their outcome ids. */
    private static ObjectNode counts(OrganisationCounts counts) {
        ObjectNode node = NODES.objectNode();
        node.put("pages", counts.pages());
        node.put("pagesWithFailures", counts.pagesWithFailures());
        node.put("pagesWithErrors", counts.pagesWithErrors());
        outcomeCount(node.putObject(Outcome.FAILED.id()), counts.failed(), counts.criteria(Verdict.FAILS));
        outcomeCount(node.putObject(Outcome.NEEDS_REVIEW.id()), counts.review(),
                counts.criteria(Verdict.NEEDS_REVIEW));
        ObjectNode verdicts = node.putObject("criteria");
        for (Verdict verdict : Verdict.values()) {
            verdicts.put(verdict.id(), counts.criteria(verdict));
        }
        return node;
    }

    private static void outcomeCount(ObjectNode node, IssueCount count, int criteria) {
        node.put("issues", count.issues());
        node.put("occurrences", count.occurrences());
        node.put("criteria", criteria);
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
        node.put("date", statement == null || statement.contents().date() == null ? null
                : statement.contents().date().toString());
        node.set("researchDates", strings(check.researchDates().stream().map(LocalDate::toString).toList()));
        node.put("statementTooOld", check.statementTooOld());
        node.put("researchTooOld", check.researchTooOld());
        node.put("registerStatus", check.registerStatus() == null ? null : check.registerStatus().name());
        node.put("registerDate", check.register() == null || check.register().date() == null ? null
                : check.register().date().toString());
        node.put("statusDisagreement", check.statusDisagreement());
        ArrayNode contacts = node.putArray("contacts");
        check.contacts().forEach(a -> contacts.add(linkAnswer(a).put("kind", a.text())));
        ArrayNode reports = node.putArray("researchReports");
        check.researchReports().forEach(a -> reports.add(linkAnswer(a).put("text", a.text())));
        return node;
    }

    private static ObjectNode linkAnswer(LinkAnswer answer) {
        ObjectNode node = NODES.objectNode();
        node.put("url", answer.url());
        node.put("answer", answer.answer().id());
        node.put("status", answer.status());
        return node;
    }

    private static ObjectNode document(PublishedDocument document, MessageText messages) {
        ObjectNode node = NODES.objectNode();
        node.put("url", document.url());
        node.put("contentType", document.contentType());
        node.put("exempt", document.exemption() == null ? null : document.exemption().id());
        node.put("created", document.created() == null ? null : document.created().toString());
        node.put("error", document.error() == null ? null : messages.of(document.error()));
        node.put("bytes", document.bytes());
        node.put("verdict", document.verdict().id());
        ArrayNode findings = node.putArray("findings");
        document.findings().forEach(f -> findings.add(finding(f, messages)));
        return node;
    }

    private static ObjectNode embed(Embed embed) {
        ObjectNode node = NODES.objectNode();
        node.put("url", embed.url());
        node.put("kind", embed.kind());
        node.put("exempt", Exemption.THIRD_PARTY_CONTENT.id());
        node.put("pages", embed.pages());
        node.put("findingsNotCounted", embed.findingsNotCounted());
        return node;
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
        node.put("failedIssues", verdict.failedIssues().size());
        node.put("reviewIssues", verdict.reviewIssues().size());
        return node;
    }

    private static ObjectNode issue(Issue issue) {
        Finding example = issue.example();
        ObjectNode node = NODES.objectNode();
        node.put("fingerprint", issue.fingerprint());
        node.put("rule", example.rule());
        node.put("outcome", example.outcome().id());
        node.set("criteria", strings(example.criteria()));
        node.put("kind", issue.kind().id());
        node.put("impact", impactId(example.impact()));
        node.put("pages", issue.pages().size());
        node.put("occurrences", issue.occurrences());
        return node;
    }

    private static ObjectNode page(PageResult page, PageLinks links, MessageText messages) {
        ObjectNode node = NODES.objectNode();
        node.put("url", page.url());
        node.set("aliases", strings(links.aliases()));
        node.set("linkedFrom", strings(links.linkedFrom()));
        // the schema has no null for finalUrl: a page without one leaves it out
        if (page.finalUrl() != null) {
            node.put("finalUrl", page.finalUrl());
        }
        node.put("httpStatus", page.httpStatus());
        node.put("contentType", page.contentType());
        node.put("title", page.title());
        node.put("lang", page.lang());
        node.put("error", page.error() == null ? null : messages.of(page.error()));
        node.set("plainLanguage", plainLanguage(page.plainLanguage(), messages));
        if (page.features() != null) {
            ObjectNode checks = node.putObject("browserChecks");
            checks.set("ran", strings(page.facts().browserChecks().ran()));
            checks.set("notes", strings(page.facts().browserChecks().notes()));
        }
        ArrayNode findings = node.putArray("findings");
        List<Screenshot> screenshots = page.facts().browserChecks().screenshots();
        page.findings().forEach(f -> {
            ObjectNode finding = finding(f, messages);
            screenshots.stream().filter(shot -> shot.shows(f)).findFirst()
                    .ifPresent(shot -> finding.put("screenshot", shot.file()));
            findings.add(finding);
        });
        return node;
    }

    /** The schema's fields, plus the sentences to rewrite (the schema allows extra properties). */
    private static JsonNode plainLanguage(PlainLanguage plain, MessageText messages) {
        return plain == null ? NODES.nullNode() : PlainLanguageJson.node(plain, messages);
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
