package nl.ketenscan.crawler.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.remote.ErrorCodec;
import org.openqa.selenium.remote.RemoteExecuteMethod;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.remote.service.DriverCommandExecutor;

/**
 * Sends Chrome DevTools commands through chromedriver's endpoint for them, as Selenium's {@link HasCdp}
 * does; the one way ketenscan sends them. To a chromedriver this JVM started it posts over a plain
 * kept-alive HTTP connection: Selenium's own client costs about 1 ms of CPU and 0.8 ms of waiting more a
 * call, and the browser checks make some twenty calls a page. A driver behind a Grid is sent its commands
 * through Selenium.
 */
final class DevToolsCommands {

    /** chromedriver's command that passes a DevTools command on, as {@link HasCdp} names it. */
    private static final String COMMAND = "executeCdpCommand";
    private static final Json JSON = new Json();
    private static final ErrorCodec ERRORS = ErrorCodec.createDefault();
    /** How long chromedriver may take beyond the command's own time limit before the call counts as hung. */
    private static final Duration SLACK = Duration.ofSeconds(30);

    private final RemoteWebDriver driver;
    private final URI endpoint;

    private DevToolsCommands(RemoteWebDriver driver, URI endpoint) {
        this.driver = driver;
        this.endpoint = endpoint;
    }

    /** @return null when the driver passes no DevTools commands on */
    static DevToolsCommands of(WebDriver driver) {
        if (!(driver instanceof HasCdp && driver instanceof RemoteWebDriver remote)) {
            return null;
        }
        URI endpoint = remote.getCommandExecutor() instanceof DriverCommandExecutor local
                ? URI.create(local.getAddressOfRemoteServer() + "/session/" + remote.getSessionId() + "/goog/cdp/execute")
                : null;
        return new DevToolsCommands(remote, endpoint);
    }

    /** Sends a command the browser answers at once (a setting, a registration). */
    Object send(String command, Map<String, Object> params) {
        return send(command, params, Duration.ZERO);
    }

    /**
     * @param timeout how long the command may take in the browser; chromedriver's answer is waited for
     *                {@link #SLACK} longer
     * @return the command's result; null when chromedriver gave none (it does so when a dialog opened
     *         while the page ran a script, which it then dismissed)
     * @throws WebDriverException as chromedriver reported it, e.g. {@link org.openqa.selenium.UnhandledAlertException}
     */
    Object send(String command, Map<String, Object> params, Duration timeout) {
        Map<String, Object> body = Map.of("cmd", command, "params", params);
        if (endpoint == null) {
            return new RemoteExecuteMethod(driver).execute(COMMAND, body);
        }
        try {
            // a proxy the JVM was given for the sites is not for the chromedriver it started itself
            HttpURLConnection connection = (HttpURLConnection) endpoint.toURL().openConnection(Proxy.NO_PROXY);
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setConnectTimeout((int) SLACK.toMillis());
            connection.setReadTimeout((int) Math.min(Integer.MAX_VALUE, timeout.plus(SLACK).toMillis()));
            connection.setRequestProperty("Content-Type", "application/json; charset=utf-8");
            try (OutputStream out = connection.getOutputStream()) {
                out.write(JSON.toJson(body).getBytes(StandardCharsets.UTF_8));
            }
            int status = connection.getResponseCode();
            boolean ok = status == HttpURLConnection.HTTP_OK;
            Map<String, Object> answer;
            try (InputStream in = ok ? connection.getInputStream() : connection.getErrorStream()) {
                if (in == null) {
                    throw new WebDriverException("chromedriver answered the DevTools command " + command + " with HTTP "
                            + status + " and nothing more");
                }
                answer = JSON.toType(new String(in.readAllBytes(), StandardCharsets.UTF_8), Json.MAP_TYPE);
            }
            if (!ok) {
                throw ERRORS.decode(answer);
            }
            return answer.get("value");
        } catch (IOException e) {
            throw new WebDriverException("chromedriver did not answer the DevTools command " + command, e);
        }
    }
}
