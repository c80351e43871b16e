package nl.ketenscan.rules.reflow;

import nl.ketenscan.rules.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.ketenscan.rules.BrowserAudit;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.Snippet;

/**
 * {@code reflow}: WCAG 1.4.10, content that does not reflow at 320 CSS px. Failed only for text that
 * starts in view and runs on past the right edge of a page that scrolls sideways: the reader must
 * scroll back and forth for every line, which is what the criterion forbids. An image, frame or SVG
 * past the edge may be a map or diagram, which may scroll; text past the edge of a clipping container
 * may be a carousel's next slide; text wholly past the edge may be a menu meant to be off-screen:
 * those need review. Boxes with nothing to read or see say nothing.
 */
public final class ReflowAudit implements BrowserAudit<ReflowLayout> {

    /** A page with hundreds of stray elements gets its first few named; one fix often mends the rest. */
    static final int MAX_FINDINGS = 10;

    private static final RuleInfo INFO = new RuleInfo("reflow", List.of("1.4.10"), Impact.SERIOUS,
            "Inhoud die bij een venster van 320 CSS-pixels breed (400% zoom) niet herschikt: tekst waarvoor "
                    + "de bezoeker horizontaal moet scrollen, of die wordt afgesneden.",
            "Content that does not reflow in a 320 CSS px wide viewport (400% zoom): text the visitor must "
                    + "scroll sideways to read, or that is cut off.",
            "https://www.w3.org/WAI/WCAG21/Understanding/reflow.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Class<ReflowLayout> artifact() {
        return ReflowLayout.class;
    }

    @Override
    public List<Finding> audit(ReflowLayout layout) {
        List<Finding> findings = new ArrayList<>();
        for (Overflow overflow : layout.overflows()) {
            if (findings.size() == MAX_FINDINGS) {
                break;
            }
            judge(overflow, layout.viewportWidth()).ifPresent(findings::add);
        }
        return findings;
    }

    private static Optional<Finding> judge(Overflow overflow, int width) {
        boolean startsInView = overflow.left() < width;
        int past = overflow.right() - width;
        if (overflow.content() == Overflow.Content.EMPTY || !startsInView && overflow.reach() == Overflow.Reach.CUT_OFF) {
            return Optional.empty();
        }
        if (overflow.content() == Overflow.Content.MEDIA) {
            return finding(Outcome.NEEDS_REVIEW, overflow, INFO.message("media", width, past));
        }
        if (!startsInView) {
            return finding(Outcome.NEEDS_REVIEW, overflow, INFO.message("off-screen", width, past));
        }
        if (overflow.reach() == Overflow.Reach.CUT_OFF) {
            return finding(Outcome.NEEDS_REVIEW, overflow, INFO.message("cut-off", width, past));
        }
        return finding(Outcome.FAILED, overflow, INFO.message("scrolls", width, past));
    }

    private static Optional<Finding> finding(Outcome outcome, Overflow overflow, Message message) {
        return Optional.of(INFO.finding(outcome, overflow.selector(), Snippet.of(overflow.snippet()), message));
    }
}
