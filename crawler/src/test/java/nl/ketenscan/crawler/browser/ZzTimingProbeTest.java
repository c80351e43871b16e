package nl.ketenscan.crawler.browser;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.interactions.Actions;

class ZzTimingProbeTest {
    static Map<String, Long> cpu() throws Exception {
        Map<String, Long> m = new java.util.TreeMap<>();
        for (java.io.File f : new java.io.File("/proc").listFiles()) {
            if (!f.getName().matches("\\d+")) continue;
            try {
                String stat = java.nio.file.Files.readString(f.toPath().resolve("stat"));
                String cmd = java.nio.file.Files.readString(f.toPath().resolve("cmdline")).replace('\0', ' ');
                String key;
                if (cmd.startsWith("/usr/bin/chromedriver")) key = "driver";
                else if (cmd.startsWith("/usr/lib/chromium/chromium")) { var mm = java.util.regex.Pattern.compile("--type=(\\S+)").matcher(cmd); key = mm.find() ? mm.group(1) : "browser"; }
                else if (f.getName().equals(String.valueOf(ProcessHandle.current().pid()))) key = "java";
                else continue;
                String[] x = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                m.merge(key, Long.parseLong(x[11]) + Long.parseLong(x[12]), Long::sum);
            } catch (Exception e) { }
        }
        return m;
    }
    @Test
    void probe() throws Exception {
        String html = new String(new java.net.URL("http://127.0.0.1:" + System.getProperty("benchport", "18080") + "/pagina/5").openStream().readAllBytes(), StandardCharsets.UTF_8);
        try (GathererFixtures f = new GathererFixtures()) {
            f.serve("/bench.html", "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
            f.open("bench.html");
            var d = f.browser().driver();
            JavascriptExecutor js = (JavascriptExecutor) d;
            if (Boolean.getBoolean("dialog")) {
                long t = System.nanoTime();
                try {
                    Object r = ((HasCdp) d).executeCdpCommand("Runtime.evaluate", Map.of("expression", "alert('x'); 42", "returnByValue", true));
                    System.err.println("dialog result " + r);
                } catch (Exception e) { System.err.println("dialog exception " + e.toString().split("\n")[0]); }
                System.err.printf("dialog took %.1f ms%n", (System.nanoTime() - t) / 1e6);
                try { System.err.println("after: " + js.executeScript("return 7;")); } catch (Exception e) { System.err.println("after exc " + e.toString().split("\n")[0]); }
                try {
                    Object r = ((HasCdp) d).executeCdpCommand("Runtime.evaluate", Map.of("expression", "setTimeout(function(){alert('y')}, 0); 43", "returnByValue", true));
                    System.err.println("dialog2 result " + r);
                    Thread.sleep(100);
                    r = ((HasCdp) d).executeCdpCommand("Runtime.evaluate", Map.of("expression", "44", "returnByValue", true));
                    System.err.println("dialog2 next " + r);
                } catch (Exception e) { System.err.println("dialog2 exception " + e.toString().split("\n")[0]); }
                try { System.err.println("after2: " + js.executeScript("return 8;")); } catch (Exception e) { System.err.println("after2 exc " + e.toString().split("\n")[0]); }
                try {
                    long t1 = System.nanoTime();
                    Object r = ((HasCdp) d).executeCdpCommand("Runtime.evaluate", Map.of("expression", "while (true) {}", "returnByValue", true, "timeout", 300));
                    System.err.printf("loop result %s after %.0f ms%n", r, (System.nanoTime() - t1) / 1e6);
                    System.err.println("after loop: " + js.executeScript("return 9;"));
                } catch (Exception e) { System.err.println("loop exception " + e.toString().split("\n")[0]); }
                try {
                    Object r = ((HasCdp) d).executeCdpCommand("Runtime.evaluate", Map.of("expression", "[1, 2.5, 'x', true, null, {a: [3]}, document.body]", "returnByValue", true));
                    System.err.println("values " + r);
                    Map<?,?> rr = (Map<?,?>) ((Map<?,?>) r).get("result");
                    for (Object o : (java.util.List<?>) rr.get("value")) System.err.println("  " + (o == null ? null : o.getClass()) + " " + o);
                } catch (Exception e) { System.err.println("values exception " + e.toString().split("\n")[0]); }
                try {
                    Object r = ((HasCdp) d).executeCdpCommand("Runtime.evaluate", Map.of("expression", "throw new Error('boom')", "returnByValue", true));
                    System.err.println("throw result " + r);
                } catch (Exception e) { System.err.println("throw exception " + e.toString().split("\n")[0]); }
                return;
            }
            if (Boolean.getBoolean("envcheck")) {
                String snap = "return JSON.stringify([innerWidth, innerHeight, outerWidth, outerHeight, screen.width, screen.height, screen.availWidth, screen.availHeight, screenX, screenY, devicePixelRatio, screen.orientation.type, screen.orientation.angle, matchMedia('(orientation: landscape)').matches, visualViewport.width, visualViewport.height, visualViewport.scale, document.documentElement.clientWidth, matchMedia('(device-width: ' + screen.width + 'px)').matches, matchMedia('(display-mode: browser)').matches]);";
                Object a = js.executeScript(snap);
                System.err.println("original " + a);
                ((HasCdp) d).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 320, "height", 256, "deviceScaleFactor", 1, "mobile", false));
                System.err.println("at 320   " + js.executeScript(snap));
                ((HasCdp) d).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1280, "height", 881, "deviceScaleFactor", 1, "mobile", false, "screenWidth", 1280, "screenHeight", 1024, "screenOrientation", Map.of("type", "landscapePrimary", "angle", 0)));
                System.err.println("same     " + js.executeScript(snap));
                ((HasCdp) d).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1280, "height", 881, "deviceScaleFactor", 1, "mobile", false));
                System.err.println("same bare" + js.executeScript(snap));
                ((HasCdp) d).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
                Thread.sleep(100);
                System.err.println("cleared  " + js.executeScript(snap));
                return;
            }
            if (Boolean.getBoolean("profile")) { long t = System.nanoTime(); for (int i = 0; i < 3000; i++) js.executeScript("return 1;"); System.err.printf("3000 executeScript: %.2f ms each%n", (System.nanoTime() - t) / 3000e6); return; }
            for (int round = 0; round < 2; round++) {
                long t = System.nanoTime();
                for (int i = 0; i < 50; i++) js.executeScript("return 1;");
                System.err.printf("executeScript: %.2f ms%n", (System.nanoTime() - t) / 50e6);
                t = System.nanoTime();
                for (int i = 0; i < 50; i++) ((HasCdp) d).executeCdpCommand("Runtime.evaluate", Map.of("expression", "1", "returnByValue", true));
                System.err.printf("cdp Runtime.evaluate: %.2f ms%n", (System.nanoTime() - t) / 50e6);
                t = System.nanoTime();
                for (int i = 0; i < 20; i++) new Actions(d).sendKeys(Keys.TAB).perform();
                System.err.printf("one Tab perform: %.2f ms%n", (System.nanoTime() - t) / 20e6);
                t = System.nanoTime();
                for (int i = 0; i < 5; i++) { Actions a = new Actions(d); for (int k = 0; k < 15; k++) a.sendKeys(Keys.TAB); a.perform(); }
                System.err.printf("15 Tab perform: %.2f ms%n", (System.nanoTime() - t) / 5e6);
                t = System.nanoTime();
                for (int i = 0; i < 20; i++) ((HasCdp) d).executeCdpCommand("Input.dispatchKeyEvent", Map.of("type", "rawKeyDown", "key", "Tab", "code", "Tab", "windowsVirtualKeyCode", 9));
                System.err.printf("cdp keyDown: %.2f ms%n", (System.nanoTime() - t) / 20e6);
            }
            var rd = (org.openqa.selenium.remote.RemoteWebDriver) d;
            var exec = rd.getCommandExecutor();
            System.err.println("executor " + exec.getClass());
            if (exec instanceof org.openqa.selenium.remote.HttpCommandExecutor h) {
                String url = h.getAddressOfRemoteServer() + "/session/" + rd.getSessionId() + "/execute/sync";
                var client = java.net.http.HttpClient.newHttpClient();
                var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"script\":\"return 1;\",\"args\":[]}")).build();
                for (int r = 0; r < 2; r++) {
                long t = System.nanoTime();
                for (int i = 0; i < 50; i++) client.send(req, java.net.http.HttpResponse.BodyHandlers.ofString());
                System.err.printf("raw http execute: %.2f ms%n", (System.nanoTime() - t) / 50e6);
                }
                String url2 = h.getAddressOfRemoteServer() + "/session/" + rd.getSessionId() + "/title";
                var req2 = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url2)).GET().build();
                long t = System.nanoTime();
                for (int i = 0; i < 50; i++) client.send(req2, java.net.http.HttpResponse.BodyHandlers.ofString());
                System.err.printf("raw http title: %.2f ms%n", (System.nanoTime() - t) / 50e6);
                for (int r = 0; r < 2; r++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < 50; i++) {
                    var c = (java.net.HttpURLConnection) new java.net.URL(url).openConnection();
                    c.setDoOutput(true); c.setRequestMethod("POST"); c.setRequestProperty("Content-Type", "application/json");
                    c.getOutputStream().write("{\"script\":\"return 1;\",\"args\":[]}".getBytes());
                    c.getInputStream().readAllBytes();
                }
                System.err.printf("urlconnection execute: %.2f ms%n", (System.nanoTime() - t0) / 50e6);
                t0 = System.nanoTime();
                for (int i = 0; i < 50; i++) {
                    var c = (java.net.HttpURLConnection) new java.net.URL(h.getAddressOfRemoteServer() + "/status").openConnection();
                    c.getInputStream().readAllBytes();
                }
                System.err.printf("urlconnection status: %.2f ms%n", (System.nanoTime() - t0) / 50e6);
                }
                String url3 = h.getAddressOfRemoteServer() + "/status";
                var req3 = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url3)).GET().build();
                t = System.nanoTime();
                for (int i = 0; i < 50; i++) client.send(req3, java.net.http.HttpResponse.BodyHandlers.ofString());
                System.err.printf("raw http status: %.2f ms%n", (System.nanoTime() - t) / 50e6);
            }
            BehaviourRecorder.register(d);
            {
                Map<String, Long> c0 = cpu();
                for (int i = 0; i < 20; i++) { Actions a = new Actions(d); for (int k = 0; k < 15; k++) a.sendKeys(Keys.TAB); a.perform(); }
                Map<String, Long> c1 = cpu();
                StringBuilder sb = new StringBuilder("15 tabs cpu ms:");
                for (var e : c1.entrySet()) sb.append(String.format(" %s=%.1f", e.getKey(), (e.getValue() - c0.getOrDefault(e.getKey(), 0L)) * 10.0 / 20));
                System.err.println(sb);
                c0 = cpu();
                for (int i = 0; i < 300; i++) ((HasCdp) d).executeCdpCommand("Runtime.evaluate", Map.of("expression", "1", "returnByValue", true));
                c1 = cpu();
                sb = new StringBuilder("15 evaluates cpu ms:");
                for (var e : c1.entrySet()) sb.append(String.format(" %s=%.1f", e.getKey(), (e.getValue() - c0.getOrDefault(e.getKey(), 0L)) * 10.0 / 20));
                System.err.println(sb);
                c0 = cpu();
                for (int i = 0; i < 300; i++) js.executeScript("return 1;");
                c1 = cpu();
                sb = new StringBuilder("15 executeScripts cpu ms:");
                for (var e : c1.entrySet()) sb.append(String.format(" %s=%.1f", e.getKey(), (e.getValue() - c0.getOrDefault(e.getKey(), 0L)) * 10.0 / 20));
                System.err.println(sb);
                c0 = cpu();
                for (int i = 0; i < 300; i++) { ((HasCdp) d).executeCdpCommand("Input.dispatchKeyEvent", Map.of("type", "rawKeyDown", "key", "Tab", "code", "Tab", "windowsVirtualKeyCode", 9)); }
                c1 = cpu();
                sb = new StringBuilder("15 cdp keydowns cpu ms:");
                for (var e : c1.entrySet()) sb.append(String.format(" %s=%.1f", e.getKey(), (e.getValue() - c0.getOrDefault(e.getKey(), 0L)) * 10.0 / 20));
                System.err.println(sb);
            }
            for (Gatherer<?> g : List.of(new BehaviourGatherer(), new ReflowGatherer(), new ZoomedTextGatherer(), new TextSpacingGatherer(),
                    new OrientationGatherer(), new OnInputGatherer(), new TabWalker(), new HoverContentGatherer())) {
                f.open("bench.html");
                if (Boolean.getBoolean("lite")) ((JavascriptExecutor) d).executeScript("window.__lite = true; return 1;");
                new PageGatherers(List.of(g)).gather(d, EnumSet.allOf(GatherCost.class));
                Map<String, Long> c0 = cpu();
                long t = System.nanoTime();
                int n = 20;
                for (int i = 0; i < n; i++) {
                    var got = new PageGatherers(List.of(g)).gather(d, EnumSet.allOf(GatherCost.class));
                    if (!got.notes().isEmpty()) System.err.println(got.notes());
                }
                System.err.printf("%s: %.1f ms%n", g.name(), (System.nanoTime() - t) / (n * 1e6));
                System.err.println("   in page: " + ((JavascriptExecutor) d).executeScript("var T = window.__T || {}; var o = {}; for (var k in T) o[k] = Math.round(T[k] * 100 / " + (n + 1) + ") / 100; return JSON.stringify(o);"));
                Map<String, Long> c1 = cpu();
                StringBuilder sb = new StringBuilder("   cpu ms/page:");
                for (var e : c1.entrySet()) sb.append(String.format(" %s=%.1f", e.getKey(), (e.getValue() - c0.getOrDefault(e.getKey(), 0L)) * 10.0 / n));
                System.err.println(sb);
            }
        }
    }
}
