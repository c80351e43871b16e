package nl.ketenscan.crawler.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class BrowserCapacityTest {

    private static final long GB = 1024L * 1024 * 1024;

    @Test
    void aMachineHoldsWhatItsMemoryAndProcessorsAllowAndAlwaysOne() {
        assertEquals(8, BrowserCapacity.local(2, 16 * GB).sessions(), "two cores keep eight browsers busy");
        assertEquals(6, BrowserCapacity.local(16, 2 * GB).sessions(), "2 GB hold six browsers of 300 MB");
        assertEquals(1, BrowserCapacity.local(1, GB / 8).sessions());
        assertEquals("2 processor cores and 16.0 GB of memory, about 300 MB per browser",
                BrowserCapacity.local(2, 16 * GB).reason());
    }

    @Test
    void aGridHoldsItsChromeSlots() throws Exception {
        HttpServer grid = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        grid.createContext("/status", exchange -> {
            String slot = "{\"stereotype\": {\"browserName\": \"chrome\"}}";
            byte[] body = ("{\"value\": {\"ready\": true, \"nodes\": [{\"slots\": [" + slot + ", " + slot + "]},"
                    + " {\"slots\": [" + slot + ", {\"stereotype\": {\"browserName\": \"firefox\"}}]}]}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        grid.start();
        try {
            String url = "http://127.0.0.1:" + grid.getAddress().getPort();
            assertEquals(OptionalInt.of(3), BrowserCapacity.onGrid(url));
            assertEquals(OptionalInt.of(3), BrowserCapacity.onGrid(url + "/"));
        } finally {
            grid.stop(0);
        }
        assertEquals(OptionalInt.empty(), BrowserCapacity.onGrid("http://127.0.0.1:" + grid.getAddress().getPort()),
                "a Grid that does not answer decides itself");
    }
}
