package nl.ketenscan.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import nl.ketenscan.cli.demo.DemoChain;

/**
 * The training run of the class data sharing archive that the build writes beside the jar
 * ({@code cli/target/ketenscan.jsa}, see cli/pom.xml): the JVM runs this with
 * {@code -XX:ArchiveClassesAtExit} and stores the classes it loaded, parsed and verified, so that
 * {@code ./ketenscan} loads them from the archive instead of from the 96 MB jar. The run is what a
 * merge-request gate does: a scan of two pages of the bundled demo site on loopback, with Chromium when
 * there is one (Selenium's classes are a large share), without it otherwise. Nothing it prints is shown,
 * and it never fails the build: an archive missing or not matching the jar and the JDK is not used.
 */
final class CdsTraining {

    private CdsTraining() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        System.setOut(quiet);
        System.setErr(quiet);
        try {
            out.println("ketenscan: class data sharing archive trained on a 2-page scan " + train());
        } catch (IOException | RuntimeException e) {
            out.println("ketenscan: the class data sharing archive holds what a scan loaded until it failed: " + e);
        }
    }

    private static String train() throws IOException {
        Path folder = Files.createTempDirectory("ketenscan-cds-training-");
        try (DemoChain chain = DemoChain.start()) {
            String seed = chain.sites().get(0).origin() + "/";
            if (scan(seed, folder.resolve("browser"), "--max-pages", "2") != ExitCode.CANNOT_RUN) {
                return "with Chromium";
            }
            scan(seed, folder.resolve("static"), "--max-pages", "2", "--no-browser");
            return "without a browser (none found)";
        } finally {
            deleteTree(folder);
        }
    }

    private static int scan(String seed, Path out, String... options) {
        String[] args = Stream.concat(Stream.of("scan", seed, "--no-register", "--out", out.toString()),
                Stream.of(options)).toArray(String[]::new);
        return Ketenscan.commandLine().execute(args);
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the training scan in " + root, e);
        }
    }
}
