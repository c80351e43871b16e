package nl.ketenscan.rules;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One organisation of the chain and the part of the web that is its own.
 *
 * @param seeds        where crawling starts; their hosts are in scope
 * @param extraHosts   further hosts the organisation controls (e.g. a separate host for forms)
 * @param include      when non-empty, only URLs matching one of these are scanned
 * @param exclude      URLs matching any of these are never requested
 */
public record Organisation(String name, Role role, List<String> seeds, Set<String> extraHosts,
                           List<Pattern> include, List<Pattern> exclude) {

    public Organisation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        seeds = List.copyOf(seeds);
        extraHosts = Set.copyOf(extraHosts);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("organisation '" + name + "' has no seed URL");
        }
    }

    public static Organisation of(String name, Role role, List<String> seeds) {
        return new Organisation(name, role, seeds, Set.of(), List.of(), List.of());
    }
}
