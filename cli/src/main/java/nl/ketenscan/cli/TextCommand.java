package nl.ketenscan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import nl.ketenscan.report.PlainLanguageJson;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.language.LanguageDetector;
import nl.ketenscan.rules.plaintext.PlainLanguageAudit;
import nl.ketenscan.rules.plaintext.PlainLanguageJudgement;
import nl.ketenscan.rules.plaintext.PlainLanguageJudgement.Judged;
import nl.ketenscan.rules.plaintext.PlainLanguageJudgement.NotJudged;
import nl.ketenscan.rules.plaintext.PlainLanguageJudgement.Reason;
import nl.ketenscan.rules.plaintext.PlainLanguageThresholds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ketenscan text}: judge one text or HTML file for plain Dutch (B1) without crawling, so an
 * editor can check a text before publishing it. The verdict is advice: every text that could be
 * read ends with exit code 0, judged or not.
 */
@Command(name = "text", mixinStandardHelpOptions = true,
        description = {
                "Check one Dutch text for language level B1, without crawling.",
                "Prints the level, the measures and the sentences most worth rewriting, with the reason"
                        + " (\"indien → als\").",
                "Reads a plain text file, an HTML file (by its .html/.htm name or a leading '<'; only the main"
                        + " content counts) or standard input (-). Only Dutch text is judged, whatever its lang says;"
                        + " texts under 40 words of running text are not judged.",
                ""},
        footerHeading = "%nExit codes:%n",
        footer = {
                "  0  the text was read (judged or too short to judge): the verdict is advice",
                "  2  the file could not be read, or is larger than 8 MB"})
final class TextCommand implements Callable<Integer> {

    private static final String STANDARD_INPUT = "-";

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE|-", defaultValue = STANDARD_INPUT,
            description = "The text or HTML file to check; - or nothing reads standard input.")
    String source = STANDARD_INPUT;

    @Option(names = "--json", description = "Print the verdict as JSON, in the shape of plainLanguage in results.json.")
    boolean json;

    @Option(names = "--long-sentence", paramLabel = "WORDS",
            description = "A sentence with more words than this counts as long (default: ${DEFAULT-VALUE}).")
    int longSentenceWords = PlainLanguageThresholds.DEFAULTS.longSentenceWords();

    @Option(names = "--min-words", paramLabel = "WORDS",
            description = "Texts with fewer words are not judged (default: ${DEFAULT-VALUE}).")
    int minimumWords = PlainLanguageThresholds.DEFAULTS.minimumWords();

    /**
     * Read at most this much: a whole book is a few MB of text, and reading a larger file, a pipe without
     * end or /dev/zero would only end when memory does.
     */
    static final int MAX_BYTES = 8 * 1024 * 1024;

    private final PrintStream out;
    private final InputStream in;

    TextCommand() {
        this(System.out, System.in);
    }

    TextCommand(PrintStream out, InputStream in) {
        this.out = out;
        this.in = in;
    }

    @Override
    public Integer call() {
        if (longSentenceWords < 1 || minimumWords < 1) {
            throw new UserError(ExitCode.USAGE, "--long-sentence and --min-words must be 1 or more");
        }
        PlainLanguageAudit audit = new PlainLanguageAudit(PlainLanguageThresholds.DEFAULTS
                .withLongSentenceWords(longSentenceWords).withMinimumWords(minimumWords), new LanguageDetector());
        String text = read();
        PlainLanguageJudgement judgement = isHtml(text)
                ? audit.judge(PageContent.parse(sourceUri(), text)) : audit.judgeText(text);
        if (judgement instanceof Judged judged) {
            out.print(json ? PlainLanguageJson.text(judged.plain()) + System.lineSeparator()
                    : new PlainLanguageVerdict(judged.plain()).text());
        } else if (judgement instanceof NotJudged notJudged) {
            out.println(json ? PlainLanguageJson.notJudged(notJudged) : notJudgedText(notJudged));
        }
        return ExitCode.FINISHED;
    }

    private static String notJudgedText(NotJudged notJudged) {
        return notJudged.reason() == Reason.TOO_SHORT ? notJudged.dutch() + " Kies een kleiner minimum met"
                + " --min-words als u een korte tekst wilt laten beoordelen." : notJudged.dutch();
    }

    private boolean isHtml(String text) {
        String name = source.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return true;
        }
        return text.stripLeading().startsWith("<");
    }

    private String sourceUri() {
        return STANDARD_INPUT.equals(source) ? "stdin:" : Path.of(source).toAbsolutePath().toUri().toString();
    }

    private String read() {
        byte[] bytes;
        try (InputStream input = STANDARD_INPUT.equals(source) ? in : Files.newInputStream(Path.of(source))) {
            bytes = input.readNBytes(MAX_BYTES + 1);
        } catch (IOException | RuntimeException e) {
            throw new UserError(ExitCode.USAGE, "cannot read " + describe() + " (" + e.getMessage()
                    + "): give a readable text or HTML file, or - for standard input");
        }
        if (bytes.length > MAX_BYTES) {
            throw new UserError(ExitCode.USAGE, describe() + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB,"
                    + " more than any page or document ketenscan judges: give one text at a time");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UserError(ExitCode.USAGE, describe() + " is not UTF-8 text: save it as UTF-8 (or plain text)"
                    + " and try again");
        }
    }

    private String describe() {
        return STANDARD_INPUT.equals(source) ? "standard input" : source;
    }
}
