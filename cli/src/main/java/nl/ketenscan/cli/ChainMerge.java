package nl.ketenscan.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.ketenscan.crawler.store.ScanStore;
import nl.ketenscan.crawler.store.ScanStore.FrontierEntry;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.PageLinks;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.ScanNote;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.Screenshot;
import nl.ketenscan.rules.StopReason;
import nl.ketenscan.rules.criteria.Standard;

/**
 * Combines the scan folders of several organisations into one new scan folder, so that partners can
 * scan their own sites in their own pipelines and the municipality reports on the whole chain.
 *
 * <p>The merged store holds every organisation with all its pages and findings, as if one scan had
 * covered them: it started when the first source started, finished when the last finished, and is
 * complete only when every source was. Each source is named in a scan note. An organisation may
 * come from one source only: two results for the same organisation (or the same site under two
 * names) cannot be told apart in a chain report, so the merge refuses them.
 */
final class ChainMerge {

    /** One source folder, the results its store holds and the standard it was checked against. */
    private record Source(Path folder, ScanResults results, Standard standard) {
    }

    private ChainMerge() {
    }

    /**
     * Writes the merged store into {@code target}.
     *
     * @return the merged results, as read back from the new store in {@code target}
     * @throws UserError when a source holds no scan, an organisation is in two sources, or
     *                   {@code target} already holds a scan
     */
    static ScanResults merge(List<Path> folders, OutputFolder target, String toolVersion) {
        List<Source> sources = new ArrayList<>();
        for (Path folder : folders) {
            sources.add(read(folder));
        }
        refuseDuplicates(sources);
        Standard standard = oneStandard(sources);
        ScanStore store = target.store();
        if (store.hasScan()) {
            throw new UserError(ExitCode.USAGE, target.path() + " already holds a scan; merge into a new folder with --out");
        }
        List<Organisation> organisations = sources.stream()
                .flatMap(s -> s.results().organisations().stream().map(OrganisationResults::organisation))
                .toList();
        store.begin(UUID.randomUUID().toString(), earliestStart(sources), toolVersion, axeVersions(sources),
                organisations);
        store.recordSettings(Map.of(Standard.SETTING, standard.id()));
        int index = 0;
        Map<Integer, StopReason> stopReasons = new HashMap<>();
        for (Source source : sources) {
            store.note(ScanStore.WHOLE_SCAN, Message.of(source.results().complete() ? "note.merged" : "note.merged-incomplete",
                    source.folder().toString(), source.results().scanId(), source.results().startedAt().toString(),
                    source.results().toolVersion()));
            Map<String, Integer> indexOf = new HashMap<>();
            for (OrganisationResults org : source.results().organisations()) {
                indexOf.put(org.organisation().name(), index);
                for (PageResult page : org.pages()) {
                    store.complete(new FrontierEntry(index, page.url(), 0), page, List.of());
                    copyScreenshots(source.folder(), page, store);
                    PageLinks links = org.linksOf(page.url());
                    for (String alias : links.aliases()) {
                        store.completeAlias(new FrontierEntry(index, alias, 0), page.url());
                    }
                    for (String from : links.linkedFrom()) {
                        store.linked(index, from, List.of(page.url()));
                    }
                }
                if (!org.complete()) {
                    stopReasons.put(index, org.stopReason());
                }
                if (org.register() != null) {
                    store.recordRegister(index, org.register());
                }
                index++;
            }
            for (ScanNote note : source.results().notes()) {
                store.note(note.organisation() == null ? ScanStore.WHOLE_SCAN : indexOf.get(note.organisation()), note.message());
            }
        }
        store.finish(latestFinish(sources), stopReasons);
        return store.results();
    }

    /** A chain judged against two standards would count one criterion two ways: merge scans of one. */
    private static Standard oneStandard(List<Source> sources) {
        Set<Standard> standards = sources.stream().map(Source::standard).collect(Collectors.toSet());
        if (standards.size() > 1) {
            throw new UserError(ExitCode.USAGE, "the folders were scanned against different standards ("
                    + sources.stream().map(s -> s.folder() + ": " + s.standard().id()).collect(Collectors.joining(", "))
                    + "); merge scans made with the same --standard");
        }
        return standards.iterator().next();
    }

    /** The screenshots a page's findings refer to, written beside the merged store under the same name. */
    private static void copyScreenshots(Path folder, PageResult page, ScanStore store) {
        for (Screenshot shot : page.facts().browserChecks().screenshots()) {
            Path file = folder.resolve(shot.file());
            try {
                if (Files.isRegularFile(file) && file.getParent().getFileName().toString().equals(ScanStore.SCREENSHOTS)) {
                    store.saveScreenshot(file.getFileName().toString(), Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UserError(ExitCode.CANNOT_RUN, "cannot read the screenshot " + file + ": " + e.getMessage());
            }
        }
    }

    private static Source read(Path folder) {
        if (!Files.isRegularFile(folder.resolve("scan.db"))) {
            throw new UserError(ExitCode.USAGE, "there is no scan.db in " + folder
                    + "; give folders written by ketenscan scan (its --out)");
        }
        try (ScanStore store = ScanFolder.open(folder)) {
            if (!store.hasScan()) {
                throw new UserError(ExitCode.USAGE, folder + " holds no scan; run ketenscan scan --out " + folder + " first");
            }
            return new Source(folder, store.results(), Standard.stored(store.settings()));
        }
    }

    private static void refuseDuplicates(List<Source> sources) {
        Map<String, Path> byName = new HashMap<>();
        Map<String, String> bySite = new HashMap<>();
        for (Source source : sources) {
            for (OrganisationResults org : source.results().organisations()) {
                String name = org.organisation().name();
                Path earlier = byName.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), source.folder());
                if (earlier != null) {
                    throw new UserError(ExitCode.USAGE, "'" + name + "' is in both " + earlier + " and "
                            + source.folder() + ": a chain report holds each organisation once; leave one of the"
                            + " two folders out, or merge the folder with its latest scan only");
                }
                for (String site : sites(org.organisation())) {
                    String other = bySite.putIfAbsent(site, name + "' in " + source.folder());
                    if (other != null) {
                        throw new UserError(ExitCode.USAGE, site + " was scanned as '" + other + " and as '" + name
                                + "' in " + source.folder() + ": the same site cannot belong to two organisations;"
                                + " leave one of the two folders out");
                    }
                }
            }
        }
    }

    /** The hosts of an organisation's seeds, e.g. {@code www.helmond.nl}. */
    private static Set<String> sites(Organisation organisation) {
        return organisation.seeds().stream()
                .map(seed -> URI.create(seed).getAuthority())
                .filter(Objects::nonNull)
                .map(authority -> authority.toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Instant earliestStart(List<Source> sources) {
        return sources.stream().map(s -> s.results().startedAt()).min(Instant::compareTo).orElseThrow();
    }

    private static Instant latestFinish(List<Source> sources) {
        return sources.stream().map(s -> s.results().finishedAt()).max(Instant::compareTo).orElseThrow();
    }

    /** The axe-core versions of the sources, each once: a chain scanned with two versions says so. */
    private static String axeVersions(List<Source> sources) {
        return sources.stream().map(s -> s.results().axeVersion()).distinct().collect(Collectors.joining(", "));
    }
}
