package nl.ketenscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.ketenscan.crawler.store.ScanStore;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.ScanResults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code ketenscan scan} in a child JVM, killed with SIGKILL in the middle of a site, then
 * resumed with {@code --resume}: the result must be that of a scan that was never interrupted.
 *
 * <p>A killed JVM cannot stop its chromedriver and Chromium itself: they must end with it all the same.
 * The test collects them as the child's descendants just before the kill and checks that none is left
 * alive afterwards (it ends any that are, after the check, so a failure leaves nothing behind).
 */
class ScanKillWithChromiumTest {

    private static final int PAGES = 30;
    private static final int PAGES_BEFORE_KILL = 8;
    private static final long WAIT_SECONDS = 120;

    @TempDir
    Path dir;

    private HttpServer site;
    private ExecutorService siteThreads;
    /** Requests per path made by ketenscan's fetcher, whose User-Agent starts with its name (Chromium's ends with it). */
    private final Map<String, AtomicInteger> fetches = new ConcurrentHashMap<>();

    @BeforeEach
    void serveSite() throws IOException {
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        siteThreads = Executors.newCachedThreadPool();
        site.setExecutor(siteThreads);
        site.createContext("/", this::answer);
        site.start();
    }

    @AfterEach
    void stopSite() {
        site.stop(0);
        siteThreads.shutdownNow();
    }

    @Test
    void aScanKilledMidwayResumesToTheResultOfAnUninterruptedScan() throws Exception {
        Path killed = dir.resolve("killed");
        int reported = scanInChildUntilKilled(killed);

        ScanResults atKill = results(killed);
        assertFalse(atKill.complete());
        int recorded = atKill.organisations().get(0).pages().size();
        assertTrue(recorded >= reported, "every page reported done was committed: " + recorded + " < " + reported);
        assertTrue(recorded < PAGES, "the kill came before the end of the scan");

        assertEquals(ExitCode.FINISHED, Ketenscan.commandLine().execute("scan", "--resume", "--out", killed.toString(),
                "--browsers", "1"));
        int fetchedTwice = (int) fetches.entrySet().stream()
                .filter(e -> e.getKey().startsWith("/p") && e.getValue().get() > 1)
                .count();
        assertTrue(fetchedTwice <= 1, "only the page in flight at the kill is fetched again, not " + fetchedTwice);

        Path whole = dir.resolve("whole");
        assertEquals(ExitCode.FINISHED, Ketenscan.commandLine().execute("scan", url("/"), "--out", whole.toString(),
                "--browsers", "1"));

        ScanResults resumed = results(killed);
        ScanResults uninterrupted = results(whole);
        assertTrue(resumed.complete());
        List<String> resumedUrls = urls(resumed.organisations().get(0));
        assertEquals(PAGES, resumedUrls.size());
        assertEquals(resumedUrls.stream().distinct().toList(), resumedUrls, "each page exactly once");
        assertEquals(findingsPerUrl(uninterrupted), findingsPerUrl(resumed));
    }

    /** Starts the scan in a child JVM and kills it once it reported some pages; returns how many. */
    private int scanInChildUntilKilled(Path out) throws Exception {
        Path childTemp = Files.createDirectories(dir.resolve("child-tmp"));
        ProcessBuilder scan = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + childTemp, "-cp", System.getProperty("java.class.path"),
                Ketenscan.class.getName(), "scan", url("/"), "--browsers", "1", "--out", out.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        // what the killed browser leaves behind (its profile, Chromium's socket folder) lands in the test's folder
        scan.environment().put("TMPDIR", childTemp.toString());
        Process child = scan.start();
        List<String> lines = new ArrayList<>();
        CountDownLatch enoughPages = new CountDownLatch(PAGES_BEFORE_KILL);
        AtomicInteger reported = new AtomicInteger();
        Thread reader = new Thread(() -> readProgress(child, lines, reported, enoughPages), "child-stderr");
        reader.setDaemon(true);
        reader.start();
        List<ProcessHandle> browsers = List.of();
        try {
            boolean reachedPages = enoughPages.await(WAIT_SECONDS, TimeUnit.SECONDS);
            browsers = child.descendants().toList();
            child.destroyForcibly();
            assertTrue(child.waitFor(WAIT_SECONDS, TimeUnit.SECONDS), "the child JVM did not die");
            assertTrue(reachedPages, "the child did not report " + PAGES_BEFORE_KILL + " pages: " + lines);
            assertFalse(browsers.isEmpty(), "the child ran no browser");
            assertAllEnd(browsers);
            return reported.get();
        } finally {
            child.destroyForcibly();
            endOrphans(browsers);
        }
    }

    /** LogLines writes one line per page done: {@code [organisation] done/queued url}. */
    private static void readProgress(Process child, List<String> lines, AtomicInteger reported, CountDownLatch pages) {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                synchronized (lines) {
                    lines.add(line);
                }
                if (line.matches("\\[[^]]+] \\d+/\\d+ http.*")) {
                    reported.incrementAndGet();
                    pages.countDown();
                }
            }
        } catch (IOException e) {
            // the child was killed while we read; what was read is enough
        }
    }

    /** The browser processes end with the killed JVM, by themselves: nobody quits them politely. */
    private static void assertAllEnd(List<ProcessHandle> processes) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        List<ProcessHandle> alive = processes;
        while (!alive.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            alive = alive.stream().filter(ProcessHandle::isAlive).toList();
        }
        assertEquals(List.of(), alive.stream().map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).toList(),
                "browser processes left alive after the scan was killed");
    }

    /** Ends whatever of the child's browser processes a failed check left alive, and what they started. */
    private static void endOrphans(List<ProcessHandle> processes) throws Exception {
        List<ProcessHandle> all = new ArrayList<>();
        for (ProcessHandle process : processes) {
            all.add(process);
            process.descendants().forEach(all::add);
        }
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : all) {
            process.onExit().get(WAIT_SECONDS, TimeUnit.SECONDS);
        }
    }

    /**
     * The fixture site: a home page linking to {@value #PAGES} - 1 pages that link on to each other,
     * some with an image without alt, some with a field without a label.
     */
    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String agent = exchange.getRequestHeaders().getFirst("User-Agent");
        if (agent != null && agent.startsWith("ketenscan/")) {
            fetches.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        }
        String html = html(path);
        byte[] body = (html == null ? "niet gevonden" : html).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", html == null ? "text/plain" : "text/html; charset=utf-8");
        exchange.sendResponseHeaders(html == null ? 404 : 200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String html(String path) {
        if (path.equals("/")) {
            StringBuilder links = new StringBuilder();
            for (int i = 1; i < PAGES; i++) {
                links.append("<li><a href=\"/p").append(i).append("/\">Pagina ").append(i).append("</a></li>");
            }
            return page("Home", "<ul>" + links + "</ul>");
        }
        if (!path.matches("/p\\d+/")) {
            return null;
        }
        int i = Integer.parseInt(path.substring(2, path.length() - 1));
        if (i < 1 || i >= PAGES) {
            return null;
        }
        String body = (i % 3 == 0 ? "<img src=\"/foto.png\">" : "")
                + (i % 5 == 0 ? "<input type=\"text\" name=\"zoek\">" : "")
                + "<a href=\"/p" + (i % (PAGES - 1) + 1) + "/\">Volgende</a>";
        return page("Pagina " + i, body);
    }

    private static String page(String title, String body) {
        return "<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body><main><h1>" + title + "</h1>" + body + "</main></body></html>";
    }

    private String url(String path) {
        return "http://127.0.0.1:" + site.getAddress().getPort() + path;
    }

    private static ScanResults results(Path folder) {
        try (ScanStore store = ScanStore.open(folder)) {
            return store.results();
        }
    }

    private static List<String> urls(OrganisationResults organisation) {
        return organisation.pages().stream().map(PageResult::url).toList();
    }

    private static Map<String, List<String>> findingsPerUrl(ScanResults results) {
        Map<String, List<String>> findings = new TreeMap<>();
        for (PageResult page : results.organisations().get(0).pages()) {
            findings.put(page.url(), page.findings().stream().map(f -> f.rule() + " " + f.selector()).sorted().toList());
        }
        return findings;
    }
}
