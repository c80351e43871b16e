package nl.ketenscan.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The help a user reads first: paragraphs wrapped by the terminal's width, never mid-sentence by hand. */
class HelpTextTest {

    @Test
    void theDescriptionIsOneParagraphPerSentenceGroupWrappedByTheWidth() {
        CommandLine wide = Ketenscan.commandLine().setUsageHelpAutoWidth(false).setUsageHelpWidth(200);
        String usage = wide.getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertTrue(usage.lines().anyMatch(line -> line.contains("in Chromium against WCAG 2.1 A+AA (the Besluit")
                && line.contains("writes results.json and a Dutch HTML report.")), usage);

        CommandLine narrow = Ketenscan.commandLine().setUsageHelpAutoWidth(false).setUsageHelpWidth(80);
        String wrapped = narrow.getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertTrue(wrapped.lines().noneMatch(line -> line.strip().equals("WCAG 2.1 A+AA (the Besluit digitale"
                + " toegankelijkheid overheid), and writes results.json")), wrapped);
    }

    /** A description line that does not end a sentence was broken by hand and breaks mid-sentence on other widths. */
    @Test
    void everyCommandsDescriptionLinesEndASentence() {
        List<String> broken = new ArrayList<>();
        collect(Ketenscan.commandLine(), broken);
        assertTrue(broken.isEmpty(), "description lines broken mid-sentence: " + broken);
    }

    /**
     * Picocli wraps a line wider than the help to the margin: a footer line falls out of its table and an
     * example's command breaks mid-option. No footer line and no example line (indented) is that wide.
     */
    @Test
    void everyFooterAndExampleLineFitsEightyColumns() {
        List<String> wide = new ArrayList<>();
        collectWide(Ketenscan.commandLine(), wide);
        assertTrue(wide.isEmpty(), "lines that wrap at 80 columns: " + wide);
    }

    private static void collectWide(CommandLine command, List<String> wide) {
        List<String> laidOut = new ArrayList<>(List.of(command.getCommandSpec().usageMessage().footer()));
        for (String line : command.getCommandSpec().usageMessage().description()) {
            if (line.startsWith("  ")) {
                laidOut.add(line);
            }
        }
        for (String line : laidOut) {
            if (line.length() >= 80) {
                wide.add(command.getCommandName() + ": " + line);
            }
        }
        command.getSubcommands().values().forEach(sub -> collectWide(sub, wide));
    }

    private static void collect(CommandLine command, List<String> broken) {
        for (String line : command.getCommandSpec().usageMessage().description()) {
            boolean example = line.startsWith("  ");
            String text = line.replaceAll("(%n)+$", "");
            if (!text.isEmpty() && !example && !text.matches(".*[.:)]$")) {
                broken.add(command.getCommandName() + ": " + line);
            }
        }
        command.getSubcommands().values().forEach(sub -> collect(sub, broken));
    }
}
