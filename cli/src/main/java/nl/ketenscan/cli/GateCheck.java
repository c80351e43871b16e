package nl.ketenscan.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.baseline.BaselineMatch;
import nl.ketenscan.rules.gates.Gate;
import nl.ketenscan.rules.gates.GateResult;

/**
 * Turns a scan into its exit code through the gates, and says why in one line at the end of the
 * output, which is what a CI log shows first. The line also says what the gates could not see:
 * accepted and expired baseline entries, pages that could not be checked, a scan that stopped early.
 */
final class GateCheck {

    private GateCheck() {
    }

    static int judge(ChainAssessment assessment, Gate gate, BaselineMatch baseline, PrintWriter out) {
        if (!gate.isSet()) {
            return ExitCode.FINISHED;
        }
        GateResult result = gate.judge(baseline.gated(assessment));
        List<String> context = new ArrayList<>();
        if (baseline.inUse()) {
            context.add(baseline.acceptedFailures(assessment) + " accepted by the baseline");
            int expired = baseline.expiredFailures(assessment);
            if (expired > 0) {
                context.add(expired + " with an expired baseline entry");
            }
        }
        int unchecked = assessment.organisations().stream().mapToInt(o -> o.counts().pagesWithErrors()).sum();
        if (unchecked > 0) {
            context.add(unchecked + (unchecked == 1 ? " page" : " pages") + " could not be checked");
        }
        if (!assessment.scan().complete()) {
            context.add("the scan is incomplete");
        }
        out.println("ketenscan: " + result.reason() + (context.isEmpty() ? "" : " (" + String.join("; ", context) + ")"));
        out.flush();
        return result.passed() ? ExitCode.FINISHED : ExitCode.GATE_FAILED;
    }
}
