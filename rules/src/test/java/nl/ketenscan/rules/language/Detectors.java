package nl.ketenscan.rules.language;

/** One detector for all tests, as in a scan: loading it once keeps the test run short. */
final class Detectors {

    static final LanguageDetector SHARED = new LanguageDetector();

    private Detectors() {
    }
}
