package nl.ketenscan.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.assessment.OrganisationAssessment;

/** Writes one export file per organisation, named by {@link OrganisationFileNames}, replacing earlier ones. */
final class OrganisationFiles {

    private OrganisationFiles() {
    }

    /** The bytes of one organisation's file. */
    interface Content {
        byte[] of(OrganisationAssessment organisation) throws IOException;
    }

    /**
     * @param fileName the file's name for an organisation's slug, e.g. {@link OrganisationFileNames#deviations}
     * @throws UncheckedIOException when a file cannot be written
     */
    static void write(ChainAssessment assessment, Path folder, UnaryOperator<String> fileName, Content content) {
        List<OrganisationAssessment> organisations = assessment.organisations();
        List<String> slugs = OrganisationFileNames.slugs(assessment);
        for (int i = 0; i < organisations.size(); i++) {
            Path file = folder.resolve(fileName.apply(slugs.get(i)));
            try {
                Files.write(file, content.of(organisations.get(i)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage()
                        + "; check that the report directory is writable", e);
            }
        }
    }
}
