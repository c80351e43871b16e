package nl.ketenscan.cli;

import java.util.Locale;

import nl.ketenscan.report.MessageText;
import nl.ketenscan.rules.PlainLanguage;

/**
 * A plain-language verdict as {@code ketenscan text} prints it for an editor: in Dutch, the language
 * of the texts it judges and of the reasons, with Dutch decimal commas.
 */
final class PlainLanguageVerdict {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final MessageText REASONS = new MessageText(DUTCH);

    private final PlainLanguage plain;

    PlainLanguageVerdict(PlainLanguage plain) {
        this.plain = plain;
    }

    String text() {
        StringBuilder text = new StringBuilder();
        String level = plain.level() == PlainLanguage.Level.ABOVE_B1 ? "boven B1" : "B1 of eenvoudiger";
        line(text, "Taalniveau: " + level + " (moeilijkheid " + decimal(plain.difficulty(), 1) + " van 100)");
        if (plain.uncertainty() != null) {
            line(text, "Onzekerheid: de moeilijkheid ligt tussen " + decimal(plain.uncertainty().difficultyLow(), 1)
                    + " en " + decimal(plain.uncertainty().difficultyHigh(), 1) + (plain.uncertainty().levelCertain()
                    ? "; het niveau staat vast." : "; bij een tekst van deze lengte kan het niveau ook anders zijn."));
        }
        line(text, "Woorden: " + plain.words() + ", zinnen: " + plain.sentences() + ", woorden per zin: "
                + decimal(plain.avgWordsPerSentence(), 1) + ", lettergrepen per woord: "
                + decimal(plain.avgSyllablesPerWord(), 2) + ", leesgemak (Flesch-Douma): "
                + decimal(plain.fleschDouma(), 1));
        if (plain.rewrites().isEmpty()) {
            line(text, "Geen zinnen die duidelijk eenvoudiger kunnen.");
            return text.toString();
        }
        line(text, "");
        line(text, "Zinnen om te herschrijven:");
        int number = 1;
        for (PlainLanguage.Rewrite rewrite : plain.rewrites()) {
            line(text, number++ + ". " + rewrite.sentence());
            rewrite.reasons().forEach(reason -> line(text, "   - " + REASONS.of(reason)));
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append(System.lineSeparator());
    }

    private static String decimal(double value, int decimals) {
        return String.format(DUTCH, "%." + decimals + "f", value);
    }
}
