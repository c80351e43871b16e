package nl.ketenscan.rules.documents;

/**
 * One PDF/UA-1 check that veraPDF found failing in a PDF, as plain values.
 *
 * @param clause      the clause of ISO 14289-1 (PDF/UA-1) the check belongs to, e.g. {@code 7.3}
 * @param test        the check's number within its clause in veraPDF's profile
 * @param description what the check asks, in veraPDF's English words
 * @param failures    how often it failed in the file
 */
public record PdfUaFailure(String clause, int test, String description, int failures) {
}
