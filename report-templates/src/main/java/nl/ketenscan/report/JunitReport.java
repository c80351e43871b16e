package nl.ketenscan.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Issue;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.assessment.OrganisationAssessment;
import nl.ketenscan.rules.baseline.BaselineEntry;
import nl.ketenscan.rules.baseline.BaselineMatch;
import nl.ketenscan.rules.baseline.IssueDescription;

/**
 * Writes the scan as JUnit XML, which GitLab merge requests, Jenkins and most CI servers show as a
 * test report: one test suite per organisation, one test case per issue. A proven failure is a
 * failed test with what is wrong, where, and on which pages; an issue accepted by the baseline or
 * one a person must review is a skipped test saying so; a page that could not be checked is a test
 * in error. One passing test per organisation counts the pages checked, so a clean site still shows.
 *
 * <p>Crawled text may hold characters XML 1.0 cannot carry; they are dropped, never written.
 */
public final class JunitReport implements ReportFormat {

    private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");
    private static final int MAX_PAGES_LISTED = 50;
    /** CI tools and their logs read English. */
    private static final MessageText MESSAGES = MessageText.english();

    @Override
    public String id() {
        return "junit";
    }

    @Override
    public String fileName() {
        return "junit.xml";
    }

    /** @throws UncheckedIOException when the file cannot be written */
    @Override
    public void write(ReportInput input, Path folder) {
        Path file = folder.resolve(fileName());
        BaselineMatch baseline = input.baseline();
        List<Suite> suites = input.assessment().organisations().stream().map(o -> suite(o, baseline)).toList();
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "ketenscan");
            counts(xml, suites.stream().flatMap(s -> s.cases().stream()).toList());
            xml.writeCharacters("\n");
            for (Suite suite : suites) {
                writeSuite(xml, suite);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage()
                    + "; check that its directory exists and is writable", e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the JUnit report " + file + ": " + e.getMessage(), e);
        }
    }

    private record Suite(String name, List<Case> cases) {
    }

    /** @param verdict {@code failure}, {@code error}, {@code skipped}, or null for a pass */
    private record Case(String classname, String name, String verdict, String message, String details) {
    }

    private static Suite suite(OrganisationAssessment organisation, BaselineMatch baseline) {
        String name = organisation.name();
        List<Case> cases = new ArrayList<>();
        int pages = organisation.counts().pages();
        int checked = pages - organisation.counts().pagesWithErrors();
        cases.add(new Case(name, "pages checked: " + checked + " of " + pages, null, null, null));
        for (Issue issue : organisation.issues()) {
            cases.add(issueCase(name, issue, baseline));
        }
        for (PageResult page : organisation.pages()) {
            if (page.error() != null) {
                cases.add(new Case(name, "page " + page.url(), "error", "could not be checked: " + MESSAGES.of(page.error()),
                        page.url() + (page.httpStatus() > 0 ? " (HTTP " + page.httpStatus() + ")" : "")));
            }
        }
        return new Suite(name, cases);
    }

    private static Case issueCase(String organisation, Issue issue, BaselineMatch baseline) {
        Finding example = issue.example();
        String name = example.rule() + " at " + (example.selector() == null ? "the page" : example.selector())
                + " [" + issue.fingerprint() + "]";
        String details = details(issue);
        if (example.outcome() == Outcome.NEEDS_REVIEW) {
            return new Case(organisation, name, "skipped", "needs review by a person: " + IssueDescription.of(issue, MESSAGES.of(example)), details);
        }
        if (baseline.state(issue) == BaselineMatch.State.ACCEPTED) {
            BaselineEntry entry = baseline.entry(issue).orElseThrow();
            String reason = entry.reason().isBlank() ? "" : ": " + entry.reason();
            String until = entry.expires() == null ? "" : " (until " + entry.expires() + ")";
            return new Case(organisation, name, "skipped", "accepted in the baseline" + until + reason, details);
        }
        String expired = baseline.state(issue) == BaselineMatch.State.EXPIRED ? " (baseline entry expired)" : "";
        String impact = example.impact() == null ? "" : example.impact().id() + ": ";
        return new Case(organisation, name, "failure", impact + IssueDescription.of(issue, MESSAGES.of(example)) + expired, details);
    }

    private static String details(Issue issue) {
        Finding example = issue.example();
        StringBuilder text = new StringBuilder();
        text.append("Rule: ").append(example.rule()).append(" (").append(example.engine().id()).append(")\n");
        text.append("WCAG: ").append(example.criteria().isEmpty() ? "-" : String.join(", ", example.criteria())).append('\n');
        String message = MESSAGES.of(example);
        if (!message.isBlank()) {
            text.append(message.strip()).append('\n');
        }
        if (example.selector() != null) {
            text.append("Element: ").append(example.selector()).append('\n');
        }
        if (example.snippet() != null) {
            text.append("HTML: ").append(example.snippet()).append('\n');
        }
        if (example.helpUrl() != null) {
            text.append("How to fix: ").append(example.helpUrl()).append('\n');
        }
        text.append("Found ").append(issue.occurrences()).append(" times on ").append(issue.pages().size())
                .append(issue.pages().size() == 1 ? " page:\n" : " pages:\n");
        issue.pages().stream().limit(MAX_PAGES_LISTED).forEach(p -> text.append("  ").append(p).append('\n'));
        if (issue.pages().size() > MAX_PAGES_LISTED) {
            text.append("  and ").append(issue.pages().size() - MAX_PAGES_LISTED).append(" more\n");
        }
        return text.toString();
    }

    private static void writeSuite(XMLStreamWriter xml, Suite suite) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", clean(suite.name()));
        counts(xml, suite.cases());
        xml.writeCharacters("\n");
        for (Case testCase : suite.cases()) {
            xml.writeCharacters("    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", clean(testCase.classname()));
            xml.writeAttribute("name", clean(testCase.name()));
            xml.writeAttribute("time", "0");
            if (testCase.verdict() != null) {
                xml.writeStartElement(testCase.verdict());
                xml.writeAttribute("message", clean(testCase.message()));
                if (!testCase.verdict().equals("skipped")) {
                    xml.writeAttribute("type", testCase.verdict());
                }
                if (testCase.details() != null) {
                    xml.writeCharacters(clean(testCase.details()));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        xml.writeCharacters("  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void counts(XMLStreamWriter xml, List<Case> cases) throws XMLStreamException {
        xml.writeAttribute("tests", Integer.toString(cases.size()));
        xml.writeAttribute("failures", Long.toString(count(cases, "failure")));
        xml.writeAttribute("errors", Long.toString(count(cases, "error")));
        xml.writeAttribute("skipped", Long.toString(count(cases, "skipped")));
        xml.writeAttribute("time", "0");
    }

    private static long count(List<Case> cases, String verdict) {
        return cases.stream().filter(c -> verdict.equals(c.verdict())).count();
    }

    static String clean(String text) {
        return NOT_XML.matcher(text).replaceAll("");
    }
}
