package nl.ketenscan.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.ketenscan.crawler.store.ScanStore;
import nl.ketenscan.rules.PageResult;

/**
 * What the browser checks cost: the generated site scanned three times in one run with two sessions,
 * with only axe and the own rules ({@code --browser-checks none}), with the default (the slow checks on
 * a sample of an organisation above 100 pages) and with every check on every page. Prints pages per
 * minute side by side and each as a share of the first. Targets: the default keeps at least 0.85 of
 * axe-only's pages per minute, every check on every page at least 0.6.
 *
 * <p>Usage: {@code BrowserChecksBench <ketenscan launcher or jar> [pages]}.
 */
public final class BrowserChecksBench {

    private static final int SESSIONS = 2;

    private BrowserChecksBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> ketenscan = LauncherCommand.of(args[0]);
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        List<String> modes = List.of("none", "sampled", "every-page");
        List<ThroughputBench.Run> runs = new ArrayList<>();
        List<Long> slowChecked = new ArrayList<>();
        try (GeneratedSite site = GeneratedSite.start(pages)) {
            for (String mode : modes) {
                ThroughputBench.Scanned scanned = ThroughputBench.scan(ketenscan, site.origin() + "/", pages, SESSIONS,
                        "none", Map.of(), List.of("--browser-checks", mode));
                runs.add(scanned.run());
                try (ScanStore store = ScanStore.open(scanned.folder())) {
                    slowChecked.add(store.results().organisations().get(0).pages().stream()
                            .map(PageResult::facts).filter(facts -> facts.browserChecks().ran().contains("reflow")).count());
                }
            }
        }
        System.out.printf(Locale.ROOT, "%n%-14s %6s %9s %10s %14s %12s %16s%n", "browser checks", "pages", "pages/min",
                "ms/page", "load ms", "check ms", "slow checks on");
        for (int i = 0; i < modes.size(); i++) {
            ThroughputBench.Run run = runs.get(i);
            System.out.printf(Locale.ROOT, "%-14s %6d %9.0f %10.0f %14.0f %12.0f %10d pages%n", modes.get(i), run.pages(),
                    run.pagesPerMinute(), run.millisPerPage(), run.loadMillis(), run.axeMillis(), slowChecked.get(i));
        }
        double axeOnly = runs.get(0).pagesPerMinute();
        System.out.printf(Locale.ROOT, "%ndefault (sampled) vs axe only: %.2fx   (target >= 0.85x)%n",
                runs.get(1).pagesPerMinute() / axeOnly);
        System.out.printf(Locale.ROOT, "every check on every page vs axe only: %.2fx   (target >= 0.6x)%n",
                runs.get(2).pagesPerMinute() / axeOnly);
    }
}
