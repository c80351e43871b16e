package nl.ketenscan.rules.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.ketenscan.rules.PageAddress;
import nl.ketenscan.rules.PageResult;

/**
 * The organisation's toegankelijkheidsverklaring as its scanned pages show it: where it is, what
 * status it declares and how the site leads to it. Nothing outside the organisation's scope is
 * fetched to find it, so a statement linked only to the register is known by its register address.
 *
 * @param url            the statement page (or its register entry when the site links only there); null
 *                       when only a status label was seen
 * @param declaredStatus the status the statement or its label declares; null when it could not be read
 * @param statusFoundOn  the page the status was read on; null with the status
 * @param statusFromLabel true when the status came from a label image rather than the statement's text
 * @param registerUrl    the entry in the register at toegankelijkheidsverklaring.nl; null when not linked
 * @param linkText       the words the site links to the statement with; null when no link was seen
 * @param linkedFrom     the pages that link to the statement, in scan order
 * @param contents       what the statement page says of its dates, contact ways and research reports;
 *                       none when the statement page was not scanned
 */
public record Statement(String url, StatementStatus declaredStatus, String statusFoundOn, boolean statusFromLabel,
                        String registerUrl, String linkText, List<String> linkedFrom, StatementContents contents) {

    public Statement {
        linkedFrom = List.copyOf(linkedFrom);
        contents = contents == null ? StatementContents.NONE : contents;
    }

    /** The statement the pages point to, or empty when none of them shows any sign of one. */
    public static Optional<Statement> find(List<PageResult> pages) {
        Map<String, Target> targets = new LinkedHashMap<>();
        Map<String, Integer> registerLinks = new LinkedHashMap<>();
        for (PageResult page : pages) {
            StatementEvidence evidence = page.facts().statement();
            for (StatementLink link : evidence.links()) {
                targets.computeIfAbsent(PageAddress.key(link.url()), key -> new Target(link.url(), link.text()))
                        .linkedFrom.add(page.url());
            }
            evidence.registerLinks().forEach(url -> registerLinks.merge(url, 1, Integer::sum));
        }
        String registerUrl = registerLinks.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
        Optional<Target> linked = chooseTarget(targets, pages);
        Optional<PageResult> statementPage = linked.isPresent()
                ? scanned(pages, linked.get().url).filter(p -> p.facts().statement().statementPage())
                : pages.stream().filter(p -> p.facts().statement().statusInText() != null).findFirst();
        Optional<PageResult> label = pages.stream().filter(p -> p.facts().statement().statusInLabel() != null)
                .findFirst();
        if (linked.isEmpty() && statementPage.isEmpty() && registerUrl == null && label.isEmpty()) {
            return Optional.empty();
        }
        String url = linked.map(t -> t.url).or(() -> statementPage.map(Statement::address)).orElse(registerUrl);
        StatementStatus status = null;
        String statusFoundOn = null;
        boolean fromLabel = false;
        if (statementPage.isPresent() && statementPage.get().facts().statement().statusInText() != null) {
            status = statementPage.get().facts().statement().statusInText();
            statusFoundOn = address(statementPage.get());
        } else if (label.isPresent()) {
            status = label.get().facts().statement().statusInLabel();
            statusFoundOn = address(label.get());
            fromLabel = true;
        }
        return Optional.of(new Statement(url, status, statusFoundOn, fromLabel, registerUrl,
                linked.map(t -> t.text).orElse(null),
                linked.map(t -> List.copyOf(t.linkedFrom)).orElse(List.of()),
                statementPage.map(p -> p.facts().statement().contents()).orElse(StatementContents.NONE)));
    }

    /**
     * The link target that is the statement: a scanned page presenting itself as the statement,
     * else the target most pages link to (a footer link is on every page).
     */
    private static Optional<Target> chooseTarget(Map<String, Target> targets, List<PageResult> pages) {
        Comparator<Target> mostLinked = Comparator.comparingInt(t -> t.linkedFrom.size());
        List<Target> all = new ArrayList<>(targets.values());
        Optional<Target> statementPage = all.stream()
                .filter(t -> scanned(pages, t.url).filter(p -> p.facts().statement().statementPage()).isPresent())
                .max(mostLinked);
        return statementPage.isPresent() ? statementPage : all.stream().max(mostLinked);
    }

    private static Optional<PageResult> scanned(List<PageResult> pages, String url) {
        String key = PageAddress.key(url);
        return pages.stream()
                .filter(p -> PageAddress.key(p.url()).equals(key) || PageAddress.key(p.finalUrl()).equals(key))
                .findFirst();
    }

    private static String address(PageResult page) {
        return page.finalUrl() == null ? page.url() : page.finalUrl();
    }

    /** A link target while the pages linking to it are collected. */
    private static final class Target {
        private final String url;
        private final String text;
        private final Set<String> linkedFrom = new LinkedHashSet<>();

        Target(String url, String text) {
            this.url = url;
            this.text = text;
        }
    }
}
