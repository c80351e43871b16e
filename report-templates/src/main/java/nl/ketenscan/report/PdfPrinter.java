package nl.ketenscan.report;

import java.nio.file.Path;

/**
 * Prints pages of the HTML report to PDF. Printing needs a browser, which rendering does not own:
 * the command line hands {@link PdfReport} one that uses Chromium.
 */
public interface PdfPrinter {

    /** What {@code --format pdf} has when no browser was wired in. */
    PdfPrinter NONE = folder -> {
        throw new IllegalStateException("printing the report to PDF needs Chromium, and none was given");
    };

    /** Opens the report in {@code folder}, whose HTML pages are already written, for printing. */
    Session open(Path folder);

    /** One report folder opened for printing; closing it ends the browser. */
    interface Session extends AutoCloseable {

        /** The PDF of the page with this file name in the folder. */
        byte[] print(String page);

        @Override
        void close();
    }
}
