package nl.ketenscan.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes each organisation's report page as a tagged PDF ({@code organisatie-<organisatie>.pdf}), for
 * coordinators who attach the report to council documents or mail it to a partner: the same HTML,
 * printed with its print stylesheet by a {@link PdfPrinter}, so the PDF says what the page says and
 * keeps its headings, title and language. It brings the HTML report it prints.
 */
public final class PdfReport implements ReportFormat {

    private final PdfPrinter printer;

    /** The format as listed, before a printer is wired in; writing it says a browser is needed. */
    PdfReport() {
        this(PdfPrinter.NONE);
    }

    public PdfReport(PdfPrinter printer) {
        this.printer = Objects.requireNonNull(printer, "printer");
    }

    @Override
    public String id() {
        return "pdf";
    }

    @Override
    public String fileName() {
        return OrganisationFileNames.pdf("<organisatie>");
    }

    @Override
    public List<String> companions() {
        return List.of("html");
    }

    /** @throws UncheckedIOException when a PDF cannot be written */
    @Override
    public void write(ReportInput input, Path folder) {
        List<String> slugs = OrganisationFileNames.slugs(input.assessment());
        try (PdfPrinter.Session session = printer.open(folder)) {
            for (String slug : slugs) {
                Path file = folder.resolve(OrganisationFileNames.pdf(slug));
                try {
                    Files.write(file, session.print(OrganisationFileNames.page(slug)));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage()
                            + "; check that the report directory is writable", e);
                }
            }
        }
    }
}
