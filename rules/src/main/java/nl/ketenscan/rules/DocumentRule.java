package nl.ketenscan.rules;

import java.util.List;

import nl.ketenscan.rules.documents.OfficeFacts;
import nl.ketenscan.rules.documents.PdfFacts;

/**
 * One of ketenscan's own checks of a published document: metadata plus a pure function of the facts
 * the crawler read from the file, a PDF or an office file. The crawler does the parsing (a hostile
 * file is its risk to bound), so a rule sees only plain values and can be tested without a file. A
 * rule judges the one kind of document its id names and finds nothing in the other.
 */
public non-sealed interface DocumentRule extends Rule {

    default List<Finding> check(PdfFacts pdf) {
        return List.of();
    }

    default List<Finding> check(OfficeFacts office) {
        return List.of();
    }
}
