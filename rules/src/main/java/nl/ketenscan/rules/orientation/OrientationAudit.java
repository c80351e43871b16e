package nl.ketenscan.rules.orientation;

import nl.ketenscan.rules.Message;
import java.util.ArrayList;
import java.util.List;

import nl.ketenscan.rules.BrowserAudit;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;

/**
 * {@code orientation-locked}: WCAG 1.3.4, content shown in one orientation only. Failed when, in one
 * orientation and not the other, the page turns the element holding most of its text a quarter, as
 * ACT rule b33eff describes (axe's {@code css-orientation-lock} reads the same from the style sheets;
 * this sees it happen). Needs review when one orientation shows less than a fifth of the text the
 * other shows: a "turn your device" notice, or content left out on purpose, which a person judges.
 * A page that cannot tell the orientation (no media query or script asks) has nothing to judge: a
 * difference between the two views then comes from their widths, which reflow judges.
 */
public final class OrientationAudit implements BrowserAudit<OrientationViews> {

    /** Below this much text a page has too little to compare. */
    static final int MIN_TEXT = 200;

    private static final RuleInfo INFO = new RuleInfo("orientation-locked", List.of("1.3.4"), Impact.SERIOUS,
            "Inhoud die alleen staand of alleen liggend te zien is: de pagina draait zich een kwartslag of "
                    + "verbergt haar tekst in de andere stand.",
            "Content shown in portrait or landscape only: the page turns itself a quarter or hides its text "
                    + "in the other orientation.",
            "https://www.w3.org/WAI/WCAG21/Understanding/orientation.html", List.of("b33eff"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Class<OrientationViews> artifact() {
        return OrientationViews.class;
    }

    @Override
    public List<Finding> audit(OrientationViews views) {
        if (!views.responds()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        rotatedOnlyIn(views.portrait(), views.landscape(), "staand", findings);
        rotatedOnlyIn(views.landscape(), views.portrait(), "liggend", findings);
        if (findings.isEmpty()) {
            hiddenIn(views.portrait(), views.landscape(), "staand", "liggend", findings);
            hiddenIn(views.landscape(), views.portrait(), "liggend", "staand", findings);
        }
        return findings;
    }

    private static void rotatedOnlyIn(OrientationView view, OrientationView other, String orientation,
                                      List<Finding> findings) {
        view.rotated().stream().filter(selector -> !other.rotated().contains(selector)).forEach(selector ->
                findings.add(INFO.finding(Outcome.FAILED, selector, null, Message.verbatim("Als het scherm " + orientation
                        + " wordt gehouden, draait de pagina dit element een kwartslag, zodat het in de andere stand"
                        + " lijkt te staan. Laat de inhoud in beide standen gewoon meedraaien met het scherm."))));
    }

    private static void hiddenIn(OrientationView view, OrientationView other, String orientation, String otherOrientation,
                                 List<Finding> findings) {
        if (other.visibleText() >= MIN_TEXT && view.visibleText() * 5 < other.visibleText()) {
            findings.add(INFO.finding(Outcome.NEEDS_REVIEW, null, null, Message.verbatim("Als het scherm " + orientation
                    + " wordt gehouden, toont de pagina " + view.visibleText() + " tekens tekst, " + otherOrientation + " "
                    + other.visibleText() + ". Controleer of de inhoud in beide standen te gebruiken is (en niet"
                    + " alleen een melding om het scherm te draaien).")));
        }
    }
}
