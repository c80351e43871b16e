package nl.ketenscan.rules.behaviour;

import java.util.List;
import java.util.regex.Pattern;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;

/**
 * {@code character-key-shortcut}: WCAG 2.1.4, a key handler on the whole page that compares the key
 * with a single letter, digit or sign and does not ask for Ctrl, Alt or Meta: a shortcut that speech
 * input can set off by accident. Needs review: whether it can be turned off or remapped, or works only
 * when a control has focus, is for a person to find. Handlers for Escape, Enter or arrows say nothing.
 */
public final class CharacterKeyShortcutAudit implements BehaviourAudit {

    /** {@code key === "s"}, {@code 's' == e.key}, {@code case "k":}, or a key code of a letter or digit. */
    private static final Pattern SINGLE_CHARACTER = Pattern.compile(
            "\\.key\\s*===?\\s*(['\"])[^'\"\\s]\\1|(['\"])[^'\"\\s]\\2\\s*===?\\s*\\w+\\.key\\b"
                    + "|\\bcase\\s*(['\"])[^'\"\\s]\\3\\s*:"
                    + "|(keyCode|which)\\s*===?\\s*(4[89]|5[0-7]|6[5-9]|[78]\\d|90)\\b");
    private static final Pattern MODIFIER = Pattern.compile("ctrlKey|altKey|metaKey");

    private static final RuleInfo INFO = new RuleInfo("character-key-shortcut", List.of("2.1.4"), Impact.MODERATE,
            "Sneltoets van één letter, cijfer of teken zonder Ctrl, Alt of Cmd, die op de hele pagina werkt.",
            "Shortcut of a single letter, digit or sign without Ctrl, Alt or Cmd, active on the whole page.",
            "https://www.w3.org/WAI/WCAG21/Understanding/character-key-shortcuts.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> audit(PageBehaviour behaviour) {
        return behaviour.listeners().stream()
                .filter(listener -> listener.type().startsWith("key") && listener.onWholePage())
                .filter(listener -> SINGLE_CHARACTER.matcher(listener.source()).find()
                        && !MODIFIER.matcher(listener.source()).find())
                .limit(1)
                .map(listener -> INFO.finding(Outcome.NEEDS_REVIEW, null, null,
                        INFO.message("single-key", listener.target(), listener.type())))
                .toList();
    }
}
