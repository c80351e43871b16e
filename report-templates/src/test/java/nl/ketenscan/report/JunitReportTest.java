package nl.ketenscan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.baseline.Baseline;
import nl.ketenscan.rules.baseline.BaselineMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportTest {

    @TempDir
    Path dir;

    @Test
    void oneSuitePerOrganisationWithAFailurePerIssueAndAnErrorPerUncheckedPage() throws Exception {
        Document xml = write(SampleScans.chain(false), BaselineMatch.NONE);

        Element root = xml.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        List<Element> suites = children(root, "testsuite");
        assertEquals(List.of(SampleScans.GEMEENTE, SampleScans.BIBLIOTHEEK),
                suites.stream().map(s -> s.getAttribute("name")).toList());
        Element gemeente = suites.get(0);
        assertEquals("5", gemeente.getAttribute("tests"), "pages checked + 3 issues + 1 unchecked page");
        assertEquals("2", gemeente.getAttribute("failures"));
        assertEquals("1", gemeente.getAttribute("errors"));
        assertEquals("1", gemeente.getAttribute("skipped"), "the contrast result to review");
        assertEquals("9", root.getAttribute("tests"));

        Element logo = testCase(gemeente, "image-alt at header > img.logo");
        Element failure = (Element) logo.getElementsByTagName("failure").item(0);
        assertTrue(failure.getAttribute("message").startsWith("critical: image-alt at header > img.logo"));
        assertTrue(failure.getTextContent().contains(SampleScans.AFVAL), "lists the pages");
        assertTrue(failure.getTextContent().contains(SampleScans.LOGO_SNIPPET));
        Element broken = testCase(gemeente, "page " + SampleScans.KAPOT);
        assertTrue(((Element) broken.getElementsByTagName("error").item(0)).getAttribute("message")
                .contains("no answer within 30 s"));
    }

    @Test
    void baselinedIssuesAreSkippedWithTheirReason() throws Exception {
        Baseline baseline = Baseline.of(ChainAssessment.of(SampleScans.chain(true)), "0.1.0", "known theme defect", LocalDate.of(2025, 6, 30), null);

        Document xml = write(SampleScans.chain(true), baseline.on(LocalDate.of(2025, 3, 12)));

        Element gemeente = children(xml.getDocumentElement(), "testsuite").get(0);
        assertEquals("0", gemeente.getAttribute("failures"));
        Element logo = testCase(gemeente, "image-alt at header > img.logo");
        assertEquals("accepted in the baseline (until 2025-06-30): known theme defect",
                ((Element) logo.getElementsByTagName("skipped").item(0)).getAttribute("message"));
    }

    @Test
    void charactersXmlCannotCarryAreDropped() throws Exception {
        Finding odd = new Finding("label", Engine.AXE, Outcome.FAILED, List.of("4.1.2"), null, "input",
                "<input value=\"a\u0001b\">", "bad\u0000 label", null);
        ScanResults sample = SampleScans.chain(true);
        ScanResults results = new ScanResults(sample.toolVersion(), sample.axeVersion(), sample.scanId(),
                sample.startedAt(), sample.finishedAt(), true, List.of(new OrganisationResults(
                        sample.organisations().get(0).organisation(),
                        List.of(SampleScans.page(SampleScans.HOME, "Home", List.of(odd))))));

        Document xml = write(results, BaselineMatch.NONE);

        assertTrue(xml.getElementsByTagName("failure").item(0).getTextContent().contains("<input value=\"ab\">"));
    }

    private Document write(ScanResults results, BaselineMatch baseline) throws Exception {
        Path file = dir.resolve("junit.xml");
        new JunitReport().write(new ReportInput(ChainAssessment.of(results), baseline, ReportText.DUTCH, List.of()), dir);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    private static Element testCase(Element suite, String nameStart) {
        return children(suite, "testcase").stream().filter(c -> c.getAttribute("name").startsWith(nameStart))
                .findFirst().orElseThrow(() -> new AssertionError("no test case " + nameStart));
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                elements.add(e);
            }
        }
        return elements;
    }
}
