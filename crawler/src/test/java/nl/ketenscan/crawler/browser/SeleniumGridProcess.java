package nl.ketenscan.crawler.browser;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Selenium Grid in standalone mode on loopback, run from the selenium-grid test dependency in a child
 * process, with one node that drives the local Chromium through the local chromedriver. Its own driver
 * discovery and Selenium Manager are off, as in ketenscan itself.
 */
final class SeleniumGridProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final Process process;
    private final String url;

    private SeleniumGridProcess(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    static SeleniumGridProcess start(BrowserSettings local) throws IOException, InterruptedException {
        int port = freePort();
        String stereotype = "{\"browserName\":\"chrome\","
                + "\"goog:chromeOptions\":{\"binary\":\"" + local.chrome() + "\"}}";
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "org.openqa.selenium.grid.Main", "standalone",
                "--host", "127.0.0.1", "--port", Integer.toString(port),
                "--selenium-manager", "false", "--detect-drivers", "false",
                "--driver-configuration", "display-name=chromium", "max-sessions=2",
                "stereotype=" + stereotype, "webdriver-executable=" + local.chromedriver()))
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "selenium-grid.log").toFile())
                .start();
        SeleniumGridProcess grid = new SeleniumGridProcess(process, "http://127.0.0.1:" + port);
        try {
            grid.awaitReady();
        } catch (IOException | InterruptedException | RuntimeException e) {
            grid.close();
            throw e;
        }
        return grid;
    }

    String url() {
        return url;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest status = HttpRequest.newBuilder(URI.create(url + "/status")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the Grid exited; see target/selenium-grid.log");
            }
            try {
                if (http.send(status, HttpResponse.BodyHandlers.ofString()).body().contains("\"ready\": true")) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the Grid opens its port a while after the process starts
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the Grid was not ready within " + STARTUP.toSeconds()
                + " s; see target/selenium-grid.log");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
