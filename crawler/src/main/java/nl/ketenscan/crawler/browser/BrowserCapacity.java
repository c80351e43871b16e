package nl.ketenscan.crawler.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * How many browser sessions a scan can run at once: on this machine, what its memory and processors hold;
 * on a Selenium Grid, its Chrome slots. More sessions than that do not scan faster: they swap the machine
 * to a halt or wait in the Grid's queue until the page budget ends them.
 */
public final class BrowserCapacity {

    /** A headless Chromium with its chromedriver, measured on the bench site: about 220 MB, with room to spare. */
    static final long BYTES_PER_BROWSER = 300L * 1024 * 1024;
    /** Rendering and axe keep a core busy about a quarter of a page's time; beyond this they only queue. */
    static final int BROWSERS_PER_CORE = 4;

    private static final Duration GRID_ANSWER = Duration.ofSeconds(10);

    private BrowserCapacity() {
    }

    /** The sessions this machine holds, with the reason, e.g. "2 processor cores and 7.6 GB of memory". */
    public record Local(int sessions, String reason) {
    }

    /** What this machine holds. */
    public static Local local() {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return local(Runtime.getRuntime().availableProcessors(), memory);
    }

    static Local local(int cores, long memoryBytes) {
        int sessions = (int) Math.max(1, Math.min((long) cores * BROWSERS_PER_CORE, memoryBytes / BYTES_PER_BROWSER));
        return new Local(sessions, String.format(java.util.Locale.ROOT,
                "%d processor cores and %.1f GB of memory, about %d MB per browser", cores,
                memoryBytes / (1024.0 * 1024 * 1024), BYTES_PER_BROWSER / (1024 * 1024)));
    }

    /**
     * The Chrome slots of the Grid at {@code gridUrl}, from its {@code /status}.
     *
     * @return empty when the Grid does not answer or says nothing of its slots; the sessions then fail
     *         or queue as the Grid decides
     */
    public static OptionalInt onGrid(String gridUrl) {
        URI status = URI.create(gridUrl.replaceAll("/+$", "") + "/status");
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(GRID_ANSWER).build();
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(status).timeout(GRID_ANSWER).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                return OptionalInt.empty();
            }
            JsonNode nodes = new ObjectMapper().readTree(answer.body()).path("value").path("nodes");
            if (!nodes.isArray()) {
                return OptionalInt.empty();
            }
            int slots = 0;
            for (JsonNode node : nodes) {
                for (JsonNode slot : node.path("slots")) {
                    String browser = slot.path("stereotype").path("browserName").asText("");
                    slots += browser.equals("chrome") || browser.equals("chromium") ? 1 : 0;
                }
            }
            return OptionalInt.of(slots);
        } catch (IOException | IllegalArgumentException e) {
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }
}
