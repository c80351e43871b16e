package nl.ketenscan.cli;

import java.nio.file.Path;
import java.time.Duration;
import nl.ketenscan.crawler.browser.BrowserSettings;
import nl.ketenscan.crawler.browser.BrowserUnavailableException;
import nl.ketenscan.crawler.browser.ReportPrinter;
import nl.ketenscan.report.PdfPrinter;

/** {@code --format pdf}'s printer: the Chromium found on PATH, through the crawler's {@link ReportPrinter}. */
final class ChromiumPdfPrinter implements PdfPrinter {

    /** How long the browser may take to open one report page. */
    private static final Duration PAGE_BUDGET = Duration.ofSeconds(60);

    @Override
    public Session open(Path folder) {
        ReportPrinter printer;
        try {
            printer = ReportPrinter.start(BrowserSettings.local(PAGE_BUDGET), folder);
        } catch (BrowserUnavailableException e) {
            throw new UserError(ExitCode.CANNOT_RUN, "--format pdf prints the report with Chromium: " + e.getMessage());
        }
        return new Session() {
            @Override
            public byte[] print(String page) {
                return printer.print(page);
            }

            @Override
            public void close() {
                printer.close();
            }
        };
    }
}
