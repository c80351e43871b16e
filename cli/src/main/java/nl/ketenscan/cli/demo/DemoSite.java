package nl.ketenscan.cli.demo;

import nl.ketenscan.rules.Role;

/**
 * One running site of the demo chain.
 *
 * @param name   the organisation's display name, e.g. "Gemeente Lindeveen"
 * @param role   its place in the chain
 * @param origin where it is served, e.g. {@code http://127.0.0.1:41234}, without a trailing slash
 */
public record DemoSite(String name, Role role, String origin) {
}
