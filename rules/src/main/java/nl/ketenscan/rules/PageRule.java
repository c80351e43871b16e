package nl.ketenscan.rules;

import java.util.List;

/**
 * One of ketenscan's own checks of a single page: metadata plus a pure function of the page's
 * content. No I/O, no state between pages, so any page can be checked again with the same result.
 */
public non-sealed interface PageRule extends Rule {

    List<Finding> check(PageContent page);
}
