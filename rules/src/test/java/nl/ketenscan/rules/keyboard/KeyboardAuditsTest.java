package nl.ketenscan.rules.keyboard;

import static nl.ketenscan.rules.keyboard.Walks.PLAIN;
import static nl.ketenscan.rules.keyboard.Walks.WHITE;
import static nl.ketenscan.rules.keyboard.Walks.look;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import nl.ketenscan.rules.BrowserAudit;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.MessageBundles;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.keyboard.TabStop.Direction;
import org.junit.jupiter.api.Test;

/** The keyboard audits on walks written out: what each proves, and the cases it must leave alone. */
class KeyboardAuditsTest {

    private static final TabWalk.WalkEnd CYCLED = TabWalk.WalkEnd.CYCLED;

    @Test
    void aCycleEnteredFromOutsideThatNeitherShiftTabNorEscapeLeavesIsATrap() {
        TabWalk walk = new Walks().forward("#voor", "#in", "#uit", "#in", "#uit").end(CYCLED)
                .go(Direction.BACKWARD, "#in", "#uit", "#in").go(Direction.AFTER_ESCAPE, "#uit", "#in").walk();

        assertEquals(List.of("failed #in"), outcomes(new KeyboardTrap(), walk));
    }

    @Test
    void aCycleThatEscapeOrShiftTabLeavesIsNoTrap() {
        Walks trapped = new Walks().forward("#voor", "#in", "#uit", "#in").end(CYCLED);
        TabWalk escaped = trapped.go(Direction.BACKWARD, "#uit", "#in").go(Direction.AFTER_ESCAPE, "#na").walk();
        TabWalk backward = new Walks().forward("#voor", "#in", "#uit", "#in").end(CYCLED)
                .go(Direction.BACKWARD, "#uit", "#voor").go(Direction.AFTER_ESCAPE, "#in").walk();

        assertEquals(List.of(), outcomes(new KeyboardTrap(), escaped));
        assertEquals(List.of(), outcomes(new KeyboardTrap(), backward));
    }

    /** A page whose whole tab order cycles (focus never seen leaving it) proves nothing. */
    @Test
    void aCycleFromTheFirstStopIsNotProvenATrap() {
        TabWalk walk = new Walks().forward("#mail", "#sluit", "#mail").end(CYCLED)
                .go(Direction.BACKWARD, "#sluit").go(Direction.AFTER_ESCAPE, "#mail").walk();

        assertEquals(List.of(), outcomes(new KeyboardTrap(), walk));
    }

    @Test
    void focusThatChangesNothingFailsAndABackgroundChangeIsAnIndicator() {
        TabStop nothing = Walks.stop("#geen", Direction.FORWARD, PLAIN, PLAIN);
        TabStop background = Walks.stop("#achtergrond", Direction.FORWARD, PLAIN,
                look("none", 0, "rgb(0, 0, 0)", "rgb(255, 210, 0)"));

        assertEquals(List.of("failed #geen"), outcomes(new FocusVisible(), new Walks().stop(nothing).stop(background).walk()));
    }

    @Test
    void linksThatAllLackFocusMakeOneFindingNamingTheOthers() {
        TabWalk walk = new Walks().stop(Walks.stop("#een", Direction.FORWARD, PLAIN, PLAIN))
                .stop(Walks.stop("#twee", Direction.FORWARD, PLAIN, PLAIN)).walk();

        List<Finding> found = new FocusVisible().audit(walk);

        assertEquals(List.of("#een"), found.stream().map(Finding::selector).toList());
        List<Message> words = found.get(0).message();
        assertEquals(2, words.size(), words.toString());
        assertEquals(new FocusVisible().audit(new Walks().stop(Walks.stop("#een", Direction.FORWARD, PLAIN, PLAIN)).walk())
                .get(0).message().get(0), words.get(0), "the first element's own words, as they are");
        assertEquals(Message.of("same-look.more", 1, "#twee"), words.get(1));
    }

    @Test
    void aChangeAroundTheElementIsAnIndicatorAndAnInvisibleStopIsNotJudged() {
        FocusStyle parentBorder = new FocusStyle("none", 0, "rgb(0, 0, 0)", 0, "none", "none none none none",
                "0px 0px 0px 0px", PLAIN.borderColor(), PLAIN.background(), PLAIN.color(), PLAIN.textDecoration(),
                "border changed");
        TabStop around = Walks.stop("#kaart", Direction.FORWARD, PLAIN, parentBorder);
        TabStop hidden = new TabStop(0, Direction.FORWARD, false, "#verborgen", "link", "", "<a>", 0,
                new TabStop.Box(0, 0, 0, 0), false, false, PLAIN, PLAIN, List.of(), null, null, null, null, false);

        assertEquals(List.of(), outcomes(new FocusVisible(), new Walks().stop(around).stop(hidden).walk()));
    }

    @Test
    void aFaintOutlineFailsOnlyWhenEverySideIsMeasured() {
        FocusStyle faint = look("solid", 2, "rgb(221, 221, 221)", "rgba(0, 0, 0, 0)");
        TabStop measured = Walks.stop("#vaag", Direction.FORWARD, PLAIN, faint);
        TabStop overAnImage = new TabStop(0, Direction.FORWARD, false, "#beeld", "link", "Beeld", "<a>", 0,
                new TabStop.Box(10, 10, 100, 20), true, true, PLAIN, faint, Arrays.asList(WHITE, null), WHITE,
                null, null, null, false);
        TabStop strong = Walks.stop("#sterk", Direction.FORWARD, PLAIN, look("solid", 2, "rgb(0, 0, 0)", "rgba(0, 0, 0, 0)"));
        TabStop ring = Walks.stop("#ring", Direction.FORWARD, PLAIN, look("auto", 1, "rgb(221, 221, 221)", "rgba(0, 0, 0, 0)"));

        assertEquals(List.of("failed #vaag"), outcomes(new FocusIndicatorContrast(),
                new Walks().stop(measured).stop(overAnImage).stop(strong).stop(ring).walk()));
    }

    @Test
    void anOutlineApartFromTheElementIsJudgedAgainstTheBackgroundAlone() {
        FocusStyle apart = new FocusStyle("solid", 2, "rgb(221, 221, 221)", 2, "none", "none none none none",
                "0px 0px 0px 0px", PLAIN.borderColor(), PLAIN.background(), PLAIN.color(), PLAIN.textDecoration(), "");
        List<Finding> found = MessageBundles.worded(new FocusIndicatorContrast()
                .audit(new Walks().stop(Walks.stop("#los", Direction.FORWARD, PLAIN, apart)).walk()));

        assertEquals(List.of("focus-indicator-contrast.around"), found.stream().map(f -> f.message().get(0).key()).toList());
        assertEquals("The focus outline of \"#los\" (rgb(221, 221, 221)) has at most 1.4:1 contrast with the background"
                + " around it (rgb(255, 255, 255)); at least 3:1 is needed to see where focus is.",
                MessageBundles.text(found.get(0).message().get(0), "en"));
    }

    @Test
    void aFaintOutlineBesideAnotherChangeIsNotTheOnlyIndicator() {
        FocusStyle faintAndBackground = look("solid", 2, "rgb(221, 221, 221)", "rgb(0, 69, 124)");

        assertEquals(List.of(), outcomes(new FocusIndicatorContrast(),
                new Walks().stop(Walks.stop("#beide", Direction.FORWARD, PLAIN, faintAndBackground)).walk()));
    }

    @Test
    void aFieldShownOnlyByAFaintBorderFails() {
        assertEquals(List.of("failed #vaag"), outcomes(new FieldBorderContrast(),
                new Walks().stop(field("#vaag", "rgb(224, 224, 224)", WHITE)).stop(field("#donker", "rgb(118, 118, 118)", WHITE))
                        .stop(field("#gevuld", "rgb(224, 224, 224)", "rgb(0, 69, 124)")).walk()));
    }

    @Test
    void aContrastIsWrittenAsTheReportsLanguageWritesNumbers() {
        Message said = new FieldBorderContrast().audit(new Walks().stop(field("#vaag", "rgb(224, 224, 224)", WHITE)).walk())
                .get(0).message().get(0);

        assertTrue(MessageBundles.text(said, "nl").contains("hoogstens 1,3:1 contrast"), MessageBundles.text(said, "nl"));
        assertTrue(MessageBundles.text(said, "en").contains("at most 1.3:1 contrast"), MessageBundles.text(said, "en"));
    }

    @Test
    void aTabindexIsQuotedAsThePageWroteItWithoutThousandsSeparators() {
        TabStop far = new TabStop(0, Direction.FORWARD, false, "#ver", "link", "Ver", "<a>", 1234,
                new TabStop.Box(10, 10, 100, 20), true, true, PLAIN, PLAIN, List.of(), null, null, null, null, false);
        Message said = MessageBundles.worded(new FocusOrder().audit(new Walks().stop(far).walk())).get(0).message().get(0);

        assertTrue(MessageBundles.text(said, "nl").startsWith("\"Ver\" heeft tabindex=\"1234\" "),
                MessageBundles.text(said, "nl"));
        assertTrue(MessageBundles.text(said, "en").startsWith("\"Ver\" has tabindex=\"1234\" "),
                MessageBundles.text(said, "en"));
    }

    @Test
    void positiveTabindexAndAFarJumpUpAreForReview() {
        TabStop positive = new TabStop(0, Direction.FORWARD, false, "#eerst", "link", "Eerst", "<a>", 2,
                new TabStop.Box(10, 10, 100, 20), true, true, PLAIN, PLAIN, List.of(), null, null, null, null, false);
        TabStop low = at("#onder", 900);
        TabStop high = at("#boven", 100);
        TabStop near = at("#naast", 0);

        assertEquals(List.of("needs-review #eerst", "needs-review #boven"),
                outcomes(new FocusOrder(), new Walks().stop(positive).stop(low).stop(high).walk()));
        assertEquals(List.of(), outcomes(new FocusOrder(), new Walks().stop(at("#a", 300)).stop(near).walk()));
    }

    @Test
    void navigatingOrMovingFocusOnFocusChangesTheContext() {
        TabStop navigates = new TabStop(0, Direction.FORWARD, false, "#land", "textbox", "Land", "<input>", 0,
                new TabStop.Box(10, 10, 100, 20), true, true, PLAIN, PLAIN, List.of(), null, null, "/elders", null, false);
        TabStop guard = new TabStop(0, Direction.FORWARD, false, "#wacht", "div", "", "<div>", 0,
                new TabStop.Box(0, 0, 0, 0), false, false, null, null, List.of(), null, "#eerste", null, null, false);
        TabStop opens = new TabStop(0, Direction.FORWARD, false, "#venster", "link", "Venster", "<a>", 0,
                new TabStop.Box(10, 40, 100, 20), true, true, PLAIN, PLAIN, List.of(), null, null, null, "/reclame", false);

        assertEquals(List.of("failed #land", "needs-review #wacht", "failed #venster"), outcomes(new ChangeOnFocus(),
                new Walks().stop(navigates).stop(guard).stop(opens).forward("#rustig").walk()));
    }

    @Test
    void aSkipLinkFailsWhenItsTargetIsMissingOrNotReached() {
        SkipLinkTest missing = new SkipLinkTest("#skip", "Naar inhoud", "<a>", "#nergens", null, "#menu", false);
        SkipLinkTest works = new SkipLinkTest("#skip", "Naar inhoud", "<a>", "#inhoud", "#inhoud", "#eerste", true);
        SkipLinkTest nothingAfter = new SkipLinkTest("#skip", "Naar inhoud", "<a>", "#inhoud", "#inhoud", null, false);
        SkipLinkTest missed = new SkipLinkTest("#skip", "Naar inhoud", "<a>", "#inhoud", "#inhoud", "#menu", false);

        assertEquals(List.of("failed #skip"), outcomes(new SkipLinkTarget(), new Walks().skipLink(missing).walk()));
        assertEquals(List.of(), outcomes(new SkipLinkTarget(), new Walks().skipLink(works).walk()));
        assertEquals(List.of(), outcomes(new SkipLinkTarget(), new Walks().skipLink(nothingAfter).walk()));
        assertEquals(List.of("failed #skip"), outcomes(new SkipLinkTarget(), new Walks().skipLink(missed).walk()));
    }

    @Test
    void clickTargetsFailByRoleOrOnclickWithAHandAndAreReviewedByListener() {
        TabWalk walk = new Walks()
                .clickTarget(new ClickTarget("#nep", "<span>", "button", "Verzenden", ClickTarget.How.ROLE, false))
                .clickTarget(new ClickTarget("#menu", "<div>", "div", "Menu", ClickTarget.How.ATTRIBUTE, true))
                .clickTarget(new ClickTarget("#kaal", "<div>", "div", "Kaal", ClickTarget.How.ATTRIBUTE, false))
                .clickTarget(new ClickTarget("#luister", "<div>", "div", "Meer", ClickTarget.How.LISTENER, true))
                .clickTarget(new ClickTarget("#telt", "<div>", "div", "Telt", ClickTarget.How.LISTENER, false)).walk();

        assertEquals(List.of("failed #nep", "failed #menu", "needs-review #kaal", "needs-review #luister"),
                outcomes(new ClickWithoutKeyboard(), walk));
    }

    @Test
    void overlayingContentMustHideOnEscapeAndStayUnderThePointer() {
        TabWalk walk = new Walks()
                .content(new ContentOnFocus("#uitleg", "#tip", true, true, false, true, false))
                .content(new ContentOnFocus("#goed", "#goede-tip", true, true, true, true, true))
                .content(new ContentOnFocus("#menu", "#uitklap", false, true, false, null, null))
                .content(new ContentOnFocus("#eens", "#eenmalig", true, false, false, null, null)).walk();

        assertEquals(List.of("failed #tip", "failed #tip"), outcomes(new ContentOnFocusDismissible(), walk));
    }

    private static TabStop field(String selector, String border, String fill) {
        FocusStyle look = new FocusStyle("none", 0, "rgb(0, 0, 0)", 0, "none", "solid solid solid solid",
                "1px 1px 1px 1px", String.join(" / ", border, border, border, border), fill, "rgb(0, 0, 0)",
                "none solid rgb(0, 0, 0) auto", "");
        return new TabStop(0, Direction.FORWARD, false, selector, "textbox", "Naam", "<input>", 0,
                new TabStop.Box(10, 10, 200, 30), true, true, look, look, List.of(WHITE, WHITE), fill, null, null, null, true);
    }

    private static TabStop at(String selector, double y) {
        return new TabStop(0, Direction.FORWARD, false, selector, "link", selector, "<a>", 0, new TabStop.Box(10, y, 100, 20),
                true, true, PLAIN, PLAIN, List.of(), null, null, null, null, false);
    }

    private static List<String> outcomes(BrowserAudit<TabWalk> audit, TabWalk walk) {
        return MessageBundles.worded(audit.audit(walk)).stream().map(f -> f.outcome().id() + " " + f.selector())
                .toList();
    }
}
