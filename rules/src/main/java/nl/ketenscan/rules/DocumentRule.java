package nl.ketenscan.rules;

import java.util.List;

import nl.ketenscan.rules.documents.PdfFacts;

/**
 * One of ketenscan's own checks of a published PDF: metadata plus a pure function of the facts the
 * crawler read from the file. The crawler does the parsing (a hostile file is its risk to bound), so
 * a rule sees only plain values and can be tested without a PDF.
 */
public non-sealed interface DocumentRule extends Rule {

    List<Finding> check(PdfFacts pdf);
}
