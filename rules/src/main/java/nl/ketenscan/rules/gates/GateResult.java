package nl.ketenscan.rules.gates;

/**
 * What a {@link Gate} decided.
 *
 * @param reason one line saying which thresholds held and which were crossed, for the end of a CI log
 */
public record GateResult(boolean passed, String reason) {
}
