package nl.ketenscan.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.ketenscan.rules.Issue;
import nl.ketenscan.rules.PageAddress;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.assessment.OrganisationAssessment;
import nl.ketenscan.rules.assessment.PublishedDocument;
import nl.ketenscan.rules.assessment.ScanMetadata;
import nl.ketenscan.rules.criteria.Criterion;
import nl.ketenscan.rules.criteria.CriterionVerdict;
import nl.ketenscan.rules.criteria.Verdict;
import nl.ketenscan.rules.exemption.DocumentKind;
import nl.ketenscan.rules.sample.SampledPage;
import nl.ketenscan.rules.sample.WcagEmSample;

/**
 * Writes, per organisation, an evaluation ({@code wcag-em-<organisatie>.json}) that the W3C WCAG-EM
 * Report Tool opens ("Open evaluation"), so an auditor starts a WCAG-EM evaluation with the scope,
 * the proposed sample and the scan's results filled in.
 *
 * <p>The file is JSON-LD in the shape the tool (version 3) saves and opens: its own {@code @context},
 * the steps {@code defineScope}, {@code exploreTarget}, {@code selectSample}, {@code auditSample} and
 * {@code reportFindings}. Sampled pages are {@code TestSubject}/{@code Webpage} nodes with the URL as
 * {@code @id} and as {@code description}, where the tool reads it. The audit holds EARL assertions
 * made in {@code earl:automatic} mode, for the website and for each sampled page that has findings:
 * {@code earl:failed} where the scan proved a failure, {@code earl:cantTell} where it found something
 * to review: the criteria with the verdicts "fails" and "needs review" in the report. The tool matches
 * an assertion's {@code test} on the part after the colon ({@code WCAG21:non-text-content}), the
 * criterion's W3C id; findings for criteria outside A and AA (AAA) are left out, as the evaluation
 * targets AA. "No automated failures" is never asserted as passed: those criteria stay untested
 * for the auditor. Only 4.1.1, which W3C's errata declare always satisfied, is {@code earl:passed}, for
 * the website, with the errata as its source.
 */
public final class WcagEmEvaluation implements ReportFormat {

    /** The version of the tool whose saved evaluations this file follows. */
    static final String REPORT_TOOL_VERSION = "3.0.3";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectWriter WRITER = new ObjectMapper().writerWithDefaultPrettyPrinter();
    private static final String WEBSITE = "_:website";
    private static final int LISTED = 10;

    @Override
    public String id() {
        return "wcag-em";
    }

    @Override
    public String fileName() {
        return OrganisationFileNames.wcagEm("<organisatie>");
    }

    /**
     * Writes one evaluation per organisation into {@code folder}, replacing earlier ones.
     *
     * @throws UncheckedIOException when a file cannot be written
     */
    @Override
    public void write(ReportInput input, Path folder) {
        write(input.assessment(), folder, input.language());
    }

    static void write(ChainAssessment assessment, Path folder) {
        write(assessment, folder, ReportText.DUTCH);
    }

    /** @param language the language of the evaluation's texts, findings included */
    static void write(ChainAssessment assessment, Path folder, Locale language) {
        ReportText text = new ReportText(language);
        OrganisationFiles.write(assessment, folder, OrganisationFileNames::wcagEm,
                organisation -> WRITER.writeValueAsBytes(evaluation(assessment.scan(), organisation, text)));
    }

    static ObjectNode evaluation(ScanMetadata scan, OrganisationAssessment results, ReportText text) {
        WcagEmSample sample = results.sample();
        String date = scan.finishedAt() == null ? null : scan.finishedAt().toString();
        ObjectNode root = NODES.objectNode();
        root.set("@context", context());
        root.put("@type", "Evaluation");
        root.put("@language", text.locale().getLanguage());
        root.put("reportToolVersion", REPORT_TOOL_VERSION);
        root.set("defineScope", defineScope(scan, results, text));
        root.set("exploreTarget", exploreTarget(results, sample, text));
        ObjectNode selectSample = root.putObject("selectSample");
        selectSample.put("@id", "_:selectSample");
        Map<String, String> titles = titles(sample, text);
        selectSample.set("structuredSample", pages(sample.structured(), titles));
        selectSample.set("randomSample", pages(sample.random(), titles));
        Audit audit = new Audit(scan, results, sample, text, date, titles);
        root.set("auditSample", audit.assertions());
        ObjectNode findings = root.putObject("reportFindings");
        findings.put("title", text.get("earl.title", results.organisation().name()));
        findings.put("summary", text.get("earl.summary", results.counts().pages(),
                results.counts().criteria(Verdict.FAILS), results.counts().criteria(Verdict.NEEDS_REVIEW)));
        findings.put("commissioner", "");
        findings.put("evaluator", "");
        findings.set("date", typedDate(date));
        findings.put("evaluationSpecifics", text.get("earl.specifics", Long.toString(sample.seed())));
        ArrayNode steps = findings.putArray("documentSteps");
        for (String step : List.of("_:about", "_:defineScope", "_:exploreTarget", "_:selectSample")) {
            steps.addObject().put("@id", step);
        }
        return root;
    }

    private static ObjectNode defineScope(ScanMetadata scan, OrganisationAssessment results, ReportText text) {
        ObjectNode defineScope = NODES.objectNode();
        defineScope.put("@id", "_:defineScope");
        defineScope.set("scope", website(scan, results, text));
        defineScope.put("conformanceTarget", "AA");
        defineScope.put("accessibilitySupportBaseline", "");
        defineScope.put("additionalEvaluationRequirements", text.get("earl.requirements"));
        defineScope.put("wcagVersion", scan.standard().version());
        return defineScope;
    }

    private static ObjectNode website(ScanMetadata scan, OrganisationAssessment results, ReportText text) {
        ObjectNode website = NODES.objectNode();
        website.put("@id", WEBSITE);
        website.set("@type", types("TestSubject", "Website"));
        website.put("title", results.organisation().name());
        website.put("description", text.get("earl.scope", results.organisation().name(),
                String.join(", ", results.organisation().seeds()), scan.toolVersion(),
                text.dateTime(scan.startedAt())));
        return website;
    }

    private static ObjectNode exploreTarget(OrganisationAssessment results, WcagEmSample sample, ReportText text) {
        ObjectNode explore = NODES.objectNode();
        explore.put("@id", "_:exploreTarget");
        ArrayNode technologies = explore.putArray("technologiesReliedUpon");
        technology(technologies, "HTML", "https://html.spec.whatwg.org/");
        technology(technologies, "CSS", "http://www.w3.org/Style/CSS/specs/");
        Set<DocumentKind> kinds = new TreeSet<>();
        results.documents().stream().map(PublishedDocument::kind).forEach(kinds::add);
        kinds.forEach(kind -> technologies.addObject().put("title", kind.title()));
        explore.put("essentialFunctionality", "");
        explore.put("pageTypeVariety", text.get("earl.pageTypes", sample.templates()));
        return explore;
    }

    private static void technology(ArrayNode technologies, String title, String specification) {
        ObjectNode technology = technologies.addObject();
        technology.put("title", title);
        technology.put("description", specification);
    }

    /**
     * The evaluation's date as the Report Tool 3.x reads and writes it: a typed value, {@code @value} with
     * the W3CDTF type. The tool drops a plain string here.
     */
    private static JsonNode typedDate(String date) {
        if (date == null) {
            return NODES.nullNode();
        }
        ObjectNode typed = NODES.objectNode();
        typed.put("@value", date);
        typed.put("@type", "http://purl.org/dc/terms/W3CDTF");
        return typed;
    }

    private static ArrayNode pages(List<SampledPage> pages, Map<String, String> titles) {
        ArrayNode nodes = NODES.arrayNode();
        pages.forEach(page -> nodes.add(webpage(page.url(), titles.get(page.url()))));
        return nodes;
    }

    /**
     * Each sampled page's title, unique within the sample: the Report Tool attaches results to sample
     * pages by title, so two pages named alike (a CMS that titles every page "Gemeente X") would share
     * one page's results. A title that repeats gets the page's address added.
     */
    static Map<String, String> titles(WcagEmSample sample, ReportText text) {
        Map<String, Integer> uses = new HashMap<>();
        sample.all().forEach(page -> uses.merge(title(page, text), 1, Integer::sum));
        Map<String, String> titles = new LinkedHashMap<>();
        for (SampledPage page : sample.all()) {
            String title = title(page, text);
            titles.put(page.url(), uses.get(title) > 1 ? title + " \u2013 " + page.url() : title);
        }
        return titles;
    }

    private static String title(SampledPage page, ReportText text) {
        String title = page.title() == null || page.title().isBlank() ? page.url() : page.title();
        if (page.reasons().isEmpty()) {
            return title;
        }
        List<String> reasons = page.reasons().stream().map(r -> text.get("sample.reason." + r.id())).toList();
        return title + " (" + String.join(", ", reasons) + ")";
    }

    static ObjectNode webpage(String url, String title) {
        ObjectNode page = NODES.objectNode();
        page.put("@id", url);
        page.set("@type", types("TestSubject", "Webpage"));
        page.put("title", title);
        page.put("description", url);
        return page;
    }

    private static ArrayNode types(String... types) {
        ArrayNode array = NODES.arrayNode();
        for (String type : types) {
            array.add(type);
        }
        return array;
    }

    /** The context the Report Tool writes into the evaluations it saves, so that it reads ours alike. */
    private static ObjectNode context() {
        ObjectNode context = NODES.objectNode();
        Map<String, String> terms = new LinkedHashMap<>();
        terms.put("reporter", "https://github.com/w3c/wcag-em-report-tool/");
        terms.put("wcagem", "http://www.w3.org/TR/WCAG-EM/#");
        terms.put("Evaluation", "wcagem:procedure");
        terms.put("defineScope", "wcagem:step1");
        terms.put("scope", "wcagem:step1a");
        terms.put("conformanceTarget", "step1b");
        terms.put("accessibilitySupportBaseline", "wcagem:step1c");
        terms.put("additionalEvaluationRequirements", "wcagem:step1d");
        terms.put("exploreTarget", "wcagem:step2");
        terms.put("essentialFunctionality", "wcagem:step2b");
        terms.put("pageTypeVariety", "wcagem:step2c");
        terms.put("technologiesReliedUpon", "wcagem:step2d");
        terms.put("selectSample", "wcagem:step3");
        terms.put("structuredSample", "wcagem:step3a");
        terms.put("randomSample", "wcagem:step3b");
        terms.put("Website", "wcagem:website");
        terms.put("Webpage", "wcagem:webpage");
        terms.put("auditSample", "wcagem:step4");
        terms.put("reportFindings", "wcagem:step5");
        terms.put("documentSteps", "wcagem:step5a");
        terms.put("commissioner", "wcagem:commissioner");
        terms.put("evaluator", "wcagem:evaluator");
        terms.put("evaluationSpecifics", "wcagem:step5b");
        terms.put("WCAG", "http://www.w3.org/TR/WCAG/#");
        terms.put("WCAG20", "http://www.w3.org/TR/WCAG20/#");
        terms.put("WCAG21", "http://www.w3.org/TR/WCAG21/#");
        terms.put("WCAG22", "http://www.w3.org/TR/WCAG22/#");
        terms.put("WAI", "http://www.w3.org/WAI/");
        terms.put("A", "WAI:WCAG2A-Conformance");
        terms.put("AA", "WAI:WCAG2AA-Conformance");
        terms.put("AAA", "WAI:WCAG2AAA-Conformance");
        terms.put("wcagVersion", "WAI:standards-guidelines/wcag/#versions");
        terms.put("reportToolVersion", "wcagem:reportToolVersion");
        terms.put("earl", "http://www.w3.org/ns/earl#");
        terms.put("Assertion", "earl:Assertion");
        terms.put("TestMode", "earl:TestMode");
        terms.put("TestCriterion", "earl:TestCriterion");
        terms.put("TestCase", "earl:TestCase");
        terms.put("TestRequirement", "earl:TestRequirement");
        terms.put("TestSubject", "earl:TestSubject");
        terms.put("TestResult", "earl:TestResult");
        terms.put("OutcomeValue", "earl:OutcomeValue");
        terms.put("Pass", "earl:Pass");
        terms.put("Fail", "earl:Fail");
        terms.put("CannotTell", "earl:CannotTell");
        terms.put("NotApplicable", "earl:NotApplicable");
        terms.put("NotTested", "earl:NotTested");
        terms.put("assertedBy", "earl:assertedBy");
        terms.put("mode", "earl:mode");
        terms.put("result", "earl:result");
        terms.put("subject", "earl:subject");
        terms.put("test", "earl:test");
        terms.put("outcome", "earl:outcome");
        terms.put("dcterms", "http://purl.org/dc/terms/");
        terms.put("title", "dcterms:title");
        terms.put("description", "dcterms:description");
        terms.put("summary", "dcterms:summary");
        terms.put("date", "dcterms:date");
        terms.put("hasPart", "dcterms:hasPart");
        terms.put("isPartOf", "dcterms:isPartOf");
        terms.put("id", "@id");
        terms.put("type", "@type");
        terms.put("language", "@language");
        ObjectNode step1b = context.putObject("step1b");
        step1b.put("@id", "wcagem:step1b");
        step1b.put("@type", "@id");
        terms.forEach(context::put);
        return context;
    }

    /**
     * The EARL assertions of the audit step: per success criterion the scan has something on, one
     * for the website and one for each sampled page with findings for it. The criteria and their
     * verdicts are those of the report's criteria matrix ({@link OrganisationAssessment#verdicts()}).
     */
    private static final class Audit {

        private final ScanMetadata scan;
        private final OrganisationAssessment results;
        private final WcagEmSample sample;
        private final ReportText text;
        private final String date;
        private final List<CriterionVerdict> spoken;
        private final Map<String, String> titles;

        Audit(ScanMetadata scan, OrganisationAssessment results, WcagEmSample sample, ReportText text, String date,
              Map<String, String> titles) {
            this.titles = titles;
            this.scan = scan;
            this.results = results;
            this.sample = sample;
            this.text = text;
            this.date = date;
            this.spoken = results.verdicts().stream()
                    .filter(v -> v.verdict() == Verdict.FAILS || v.verdict() == Verdict.NEEDS_REVIEW
                            || v.verdict() == Verdict.ALWAYS_SATISFIED).toList();
        }

        ArrayNode assertions() {
            ArrayNode assertions = NODES.arrayNode();
            for (CriterionVerdict verdict : spoken) {
                String id = verdict.criterion().w3cId();
                if (verdict.verdict() == Verdict.ALWAYS_SATISFIED) {
                    assertions.add(assertion(id, website(), Outcome.PASSED,
                            text.get("earl.alwaysSatisfied", Criterion.ERRATA)));
                    continue;
                }
                boolean fails = verdict.verdict() == Verdict.FAILS;
                List<Issue> issues = fails ? verdict.failedIssues() : verdict.issues();
                Outcome outcome = fails ? Outcome.FAILED : Outcome.CANNOT_TELL;
                assertions.add(assertion(id, website(), outcome, describe(issues, null)));
                for (SampledPage page : sample.all()) {
                    List<Issue> onPage = issues.stream().filter(i -> isOn(i, page.url())).toList();
                    if (!onPage.isEmpty()) {
                        assertions.add(assertion(id, webpage(page.url(), titles.get(page.url())), outcome,
                                describe(onPage, page.url())));
                    }
                }
            }
            return assertions;
        }

        private ObjectNode website() {
            ObjectNode websiteSubject = NODES.objectNode();
            websiteSubject.put("@id", WEBSITE);
            websiteSubject.set("@type", types("TestSubject", "Website"));
            websiteSubject.put("title", results.organisation().name());
            return websiteSubject;
        }

        private ObjectNode assertion(String testId, ObjectNode subject, Outcome verdict, String description) {
            ObjectNode assertion = NODES.objectNode();
            assertion.put("@type", "Assertion");
            assertion.put("date", date);
            ObjectNode assertedBy = assertion.putObject("assertedBy");
            assertedBy.put("@id", "_:ketenscan");
            assertedBy.set("@type", types("earl:Assertor", "earl:Software"));
            assertedBy.put("title", text.get("earl.assertor", scan.toolVersion(), scan.axeVersion()));
            ObjectNode mode = assertion.putObject("mode");
            mode.put("@type", "TestMode");
            mode.put("@value", "earl:automatic");
            assertion.set("subject", subject);
            ObjectNode test = assertion.putObject("test");
            test.put("@id", "WCAG" + scan.standard().version().replace(".", "") + ":" + testId);
            test.set("@type", types("TestCriterion", "TestRequirement"));
            ObjectNode result = assertion.putObject("result");
            result.put("@type", "TestResult");
            result.put("date", date);
            result.put("description", description);
            ObjectNode outcome = result.putObject("outcome");
            outcome.put("@id", verdict.id);
            outcome.set("@type", types("OutcomeValue", verdict.type));
            return assertion;
        }

        /** The EARL outcomes the scan asserts: the Report Tool's outcome ids with their types. */
        private enum Outcome {
            FAILED("earl:failed", "Fail"), CANNOT_TELL("earl:cantTell", "CannotTell"), PASSED("earl:passed", "Pass");

            private final String id;
            private final String type;

            Outcome(String id, String type) {
                this.id = id;
                this.type = type;
            }
        }

        /** What the scan found, rule by rule, with where; on one page when {@code page} is given. */
        private String describe(List<Issue> issues, String page) {
            List<String> lines = new ArrayList<>();
            Map<String, List<Issue>> byRule = new LinkedHashMap<>();
            issues.forEach(i -> byRule.computeIfAbsent(i.example().rule(), k -> new ArrayList<>()).add(i));
            byRule.forEach((rule, ruleIssues) -> {
                String message = ruleIssues.stream().map(i -> text.messages().of(i.example()))
                        .filter(m -> !m.isBlank()).findFirst().orElse(rule);
                lines.add(text.get("earl.result", rule, message));
                if (page == null) {
                    Set<String> pages = new LinkedHashSet<>();
                    ruleIssues.forEach(i -> pages.addAll(i.pages()));
                    lines.add(text.get("earl.resultPages", pages.size(), listed(List.copyOf(pages))));
                }
                List<String> elements = ruleIssues.stream().map(i -> i.example().selector()).filter(Objects::nonNull)
                        .distinct().toList();
                if (!elements.isEmpty()) {
                    lines.add(text.get("earl.resultElements", listed(elements)));
                }
            });
            return String.join("\n", lines);
        }

        private String listed(List<String> values) {
            String shown = String.join(", ", values.subList(0, Math.min(LISTED, values.size())));
            return values.size() > LISTED ? shown + " " + text.get("earl.more", values.size() - LISTED) : shown;
        }

        private boolean isOn(Issue issue, String sampledUrl) {
            String key = PageAddress.key(sampledUrl);
            for (PageResult page : results.pages()) {
                boolean sampled = PageAddress.key(page.url()).equals(key)
                        || PageAddress.key(page.finalUrl()).equals(key);
                if (sampled && issue.pages().contains(page.url())) {
                    return true;
                }
            }
            return false;
        }
    }
}
