package nl.ketenscan.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Issue;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.OwnRules;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.assessment.OrganisationAssessment;
import nl.ketenscan.rules.assessment.RuleIssues;
import nl.ketenscan.rules.assessment.ScanMetadata;
import nl.ketenscan.rules.baseline.BaselineEntry;
import nl.ketenscan.rules.baseline.BaselineMatch;
import nl.ketenscan.rules.baseline.IssueDescription;

/**
 * Writes the scan as SARIF 2.1.0 for code-scanning dashboards such as GitHub code scanning: one run,
 * one result per issue, one rule per ketenscan or axe-core rule.
 *
 * <p>What GitHub needs beyond the schema is here too: help text and tags on every rule, a location
 * with a start line on every result (a page has no lines, so line 1; the page URL is the artifact),
 * and the issue's fingerprint as {@code primaryLocationLineHash}, so an alert keeps its identity
 * between scans instead of GitHub trying to hash a source file that does not exist. The first page
 * is the location; further pages are related locations. Issues accepted by the baseline carry an
 * accepted suppression with the baseline's reason; needs-review issues are results of kind
 * {@code review}, which never count as failures.
 */
public final class SarifReport implements ReportFormat {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final int MAX_RELATED_PAGES = 100;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** CI tools and their logs read English. */
    private static final MessageText MESSAGES = MessageText.english();
    private static final Pattern SEMANTIC_VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?");

    @Override
    public String id() {
        return "sarif";
    }

    @Override
    public String fileName() {
        return "results.sarif";
    }

    /** @throws java.io.UncheckedIOException when the file cannot be written */
    @Override
    public void write(ReportInput input, Path folder) {
        JsonFiles.write(toJson(input.assessment(), input.baseline()), folder.resolve(fileName()));
    }

    static ObjectNode toJson(ChainAssessment assessment, BaselineMatch baseline) {
        List<RuleIssues> byRule = assessment.byRule();
        List<String> ruleIds = byRule.stream().map(RuleIssues::rule).toList();
        ArrayNode rules = NODES.arrayNode();
        byRule.forEach(group -> rules.add(rule(group)));
        ArrayNode sarifResults = NODES.arrayNode();
        for (OrganisationAssessment organisation : assessment.organisations()) {
            for (Issue issue : organisation.issues()) {
                sarifResults.add(result(organisation, issue, ruleIds.indexOf(issue.example().rule()), baseline));
            }
        }
        ObjectNode root = NODES.objectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        ScanMetadata results = assessment.scan();
        driver.put("name", "ketenscan");
        if (results.toolVersion() != null) {
            driver.put("version", results.toolVersion());
            if (SEMANTIC_VERSION.matcher(results.toolVersion()).matches()) {
                driver.put("semanticVersion", results.toolVersion());
            }
        }
        driver.set("rules", rules);
        run.set("invocations", NODES.arrayNode().add(invocation(assessment)));
        run.set("results", sarifResults);
        run.putObject("properties").put("standard", assessment.scan().standard().displayName());
        return root;
    }

    /** Rule metadata: own rules describe themselves; axe-core rules are described by id, criteria and help link. */
    private static ObjectNode rule(RuleIssues group) {
        Finding example = group.issues().get(0).example();
        String id = example.rule();
        Optional<RuleInfo> own = OwnRules.info(id);
        String criteria = example.criteria().isEmpty() ? "no WCAG success criterion (best practice)"
                : "WCAG 2.1 success criteria " + String.join(", ", example.criteria());
        String shortText = own.map(RuleInfo::descriptionEn).orElse("axe-core rule " + id);
        String helpUrl = example.helpUrl() != null ? example.helpUrl() : own.map(RuleInfo::helpUrl).orElse(null);
        ObjectNode rule = NODES.objectNode();
        rule.put("id", id);
        rule.put("name", id);
        rule.putObject("shortDescription").put("text", shortText);
        rule.putObject("fullDescription").put("text", shortText + ". Checks " + criteria
                + " automatically; an automated check proves failures, a person must still verify conformance.");
        String help = "Concerns " + criteria + "."
                + (helpUrl != null ? " How to fix: " + helpUrl : " The ketenscan report shows the elements and pages.");
        ObjectNode helpNode = rule.putObject("help");
        helpNode.put("text", help);
        helpNode.put("markdown", "Concerns " + criteria + "."
                + (helpUrl != null ? " [How to fix " + id + "](" + helpUrl + ")" : ""));
        if (helpUrl != null) {
            rule.put("helpUri", helpUrl);
        }
        Impact severest = group.mostSevere();
        rule.putObject("defaultConfiguration").put("level", level(severest));
        ObjectNode properties = rule.putObject("properties");
        ArrayNode tags = properties.putArray("tags").add("accessibility").add("WCAG 2.1");
        for (String criterion : example.criteria()) {
            tags.add("WCAG " + criterion).add("EN 301 549 9." + criterion);
        }
        properties.put("precision", "high");
        properties.put("problem.severity", problemSeverity(severest));
        return rule;
    }

    private static ObjectNode result(OrganisationAssessment organisation, Issue issue, int ruleIndex,
                                     BaselineMatch baseline) {
        Finding example = issue.example();
        String orgName = organisation.name();
        ObjectNode result = NODES.objectNode();
        result.put("ruleId", example.rule());
        result.put("ruleIndex", ruleIndex);
        boolean failed = example.outcome() == Outcome.FAILED;
        result.put("kind", failed ? "fail" : "review");
        result.put("level", failed ? level(example.impact()) : "none");
        result.putObject("message").put("text", orgName + ": " + IssueDescription.of(issue, MESSAGES.of(example))
                + (failed ? "" : " A person must review this."));
        ArrayNode locations = result.putArray("locations");
        List<String> pages = issue.pages();
        if (!pages.isEmpty()) {
            locations.add(location(pages.get(0), example));
        }
        if (pages.size() > 1) {
            ArrayNode related = result.putArray("relatedLocations");
            for (int i = 1; i < pages.size() && i <= MAX_RELATED_PAGES; i++) {
                related.add(location(pages.get(i), example).put("id", i));
            }
        }
        result.putObject("partialFingerprints")
                .put("primaryLocationLineHash", issue.fingerprint())
                .put("ketenscanFingerprint/v1", issue.fingerprint());
        if (baseline.inUse() && failed) {
            baseline(result, issue, baseline);
        }
        ObjectNode properties = result.putObject("properties");
        properties.put("organisation", orgName);
        properties.put("role", organisation.organisation().role().id());
        properties.put("impact", example.impact() == null ? null : example.impact().id());
        properties.put("pages", pages.size());
        properties.put("occurrences", issue.occurrences());
        return result;
    }

    private static void baseline(ObjectNode result, Issue issue, BaselineMatch baseline) {
        BaselineMatch.State state = baseline.state(issue);
        result.put("baselineState", state == BaselineMatch.State.ACCEPTED ? "unchanged" : "new");
        if (state == BaselineMatch.State.ACCEPTED) {
            BaselineEntry entry = baseline.entry(issue).orElseThrow();
            ObjectNode suppression = result.putArray("suppressions").addObject();
            suppression.put("kind", "external");
            suppression.put("status", "accepted");
            suppression.put("justification", entry.reason().isBlank()
                    ? "accepted in the ketenscan baseline" + until(entry)
                    : entry.reason() + until(entry));
        }
    }

    private static String until(BaselineEntry entry) {
        return entry.expires() == null ? "" : " (until " + entry.expires() + ")";
    }

    private static ObjectNode location(String url, Finding example) {
        ObjectNode location = NODES.objectNode();
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", url);
        ObjectNode region = physical.putObject("region");
        region.put("startLine", 1);
        if (example.snippet() != null) {
            region.putObject("snippet").put("text", example.snippet());
        }
        if (example.selector() != null) {
            location.putArray("logicalLocations").addObject().put("fullyQualifiedName", example.selector())
                    .put("kind", "element");
        }
        return location;
    }

    /** Pages that could not be checked are tool notifications: the run did not see everything. */
    private static ObjectNode invocation(ChainAssessment assessment) {
        ScanMetadata results = assessment.scan();
        ObjectNode invocation = NODES.objectNode();
        ArrayNode notifications = NODES.arrayNode();
        for (OrganisationAssessment organisation : assessment.organisations()) {
            for (PageResult page : organisation.pages()) {
                if (page.error() != null) {
                    ObjectNode notification = notifications.addObject();
                    notification.put("level", "error");
                    notification.putObject("message").put("text", organisation.name()
                            + ": " + page.url() + " could not be checked: " + MESSAGES.of(page.error()));
                    notification.putArray("locations").addObject().putObject("physicalLocation")
                            .putObject("artifactLocation").put("uri", page.url());
                }
            }
        }
        invocation.put("executionSuccessful", results.complete());
        if (results.startedAt() != null) {
            invocation.put("startTimeUtc", results.startedAt().toString());
        }
        if (results.finishedAt() != null) {
            invocation.put("endTimeUtc", results.finishedAt().toString());
        }
        if (!notifications.isEmpty()) {
            invocation.set("toolExecutionNotifications", notifications);
        }
        return invocation;
    }

    static String level(Impact impact) {
        if (impact == null) {
            return "warning";
        }
        return switch (impact) {
            case CRITICAL, SERIOUS -> "error";
            case MODERATE -> "warning";
            case MINOR -> "note";
        };
    }

    private static String problemSeverity(Impact impact) {
        return switch (level(impact)) {
            case "error" -> "error";
            case "warning" -> "warning";
            default -> "recommendation";
        };
    }
}
