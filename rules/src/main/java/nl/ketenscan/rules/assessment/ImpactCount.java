package nl.ketenscan.rules.assessment;

import nl.ketenscan.rules.Impact;

/**
 * The proven failures of one impact.
 *
 * @param impact null for failures the engine gave no impact
 */
public record ImpactCount(Impact impact, IssueCount count) {
}
