package nl.ketenscan.rules.compare;

import nl.ketenscan.rules.criteria.Criterion;
import nl.ketenscan.rules.criteria.Verdict;

/** A success criterion whose verdict for an organisation differs between two scans. */
public record VerdictChange(Criterion criterion, Verdict before, Verdict after) {
}
