package nl.ketenscan.cli.demo;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bundled demo chain: a fictional municipality and two of its chain partners, each served on
 * its own loopback port so that they are three separate origins, as real chain sites are, and a
 * stand-in for the register of statements on a fourth. It is
 * what {@code ketenscan demo} scans; the accessibility defects planted in it are listed in
 * {@code demo/DEFECTS.md} beside the pages.
 *
 * <p>The sites only listen on 127.0.0.1, on ports the operating system picks, and are served by a
 * small shared pool of threads that {@link #close()} shuts down with the servers.
 */
public final class DemoChain implements AutoCloseable {

    private static final int THREADS = 4;
    private static final long SHUTDOWN_WAIT_SECONDS = 5;

    private final List<HttpServer> servers;
    private final ExecutorService executor;
    private final List<DemoSite> sites;
    private final String register;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DemoChain(List<HttpServer> servers, ExecutorService executor, List<DemoSite> sites, String register) {
        this.servers = List.copyOf(servers);
        this.executor = executor;
        this.sites = List.copyOf(sites);
        this.register = register;
    }

    /**
     * Starts the three sites and returns once they accept requests.
     *
     * @throws UncheckedIOException if no port on 127.0.0.1 could be opened
     */
    public static DemoChain start() {
        DemoOrganisation[] organisations = DemoOrganisation.values();
        List<HttpServer> servers = bindLoopbackServers(organisations.length + 1);
        Map<String, String> origins = new LinkedHashMap<>();
        List<DemoSite> sites = new ArrayList<>();
        for (int i = 0; i < organisations.length; i++) {
            String origin = "http://127.0.0.1:" + servers.get(i).getAddress().getPort();
            origins.put(organisations[i].key(), origin);
            sites.add(new DemoSite(organisations[i].displayName(), organisations[i].role(), origin));
        }
        OriginPlaceholders placeholders = new OriginPlaceholders(origins);
        ExecutorService executor = Executors.newFixedThreadPool(THREADS,
                new DemoThreads(threadNamePrefix(servers.get(0).getAddress().getPort())));
        for (int i = 0; i < organisations.length; i++) {
            HttpServer server = servers.get(i);
            server.createContext("/", new DemoSiteHandler(organisations[i], placeholders));
            server.setExecutor(executor);
            server.start();
        }
        HttpServer registerServer = servers.get(organisations.length);
        registerServer.createContext("/", new RegisterStandIn());
        registerServer.setExecutor(executor);
        registerServer.start();
        return new DemoChain(servers, executor, sites, "http://127.0.0.1:" + registerServer.getAddress().getPort());
    }

    /** The stand-in for the register of statements, served beside the sites, as the demo's statements link it. */
    public String register() {
        return register;
    }

    /** The running sites: the municipality first, then its chain partners. */
    public List<DemoSite> sites() {
        return sites;
    }

    /** Stops the servers and their threads; calling it again does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        servers.forEach(server -> server.stop(0));
        executor.shutdown();
        try {
            if (!executor.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Binds every server before any starts, so each site's origin is known to all of them. */
    private static List<HttpServer> bindLoopbackServers(int count) {
        List<HttpServer> servers = new ArrayList<>(count);
        try {
            InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
            while (servers.size() < count) {
                servers.add(HttpServer.create(new InetSocketAddress(loopback, 0), 0));
            }
            return servers;
        } catch (IOException e) {
            servers.forEach(server -> server.stop(0));
            throw new UncheckedIOException("could not open a port on 127.0.0.1 for the demo sites ("
                    + e.getMessage() + "); check that the loopback interface is up and ports are free", e);
        }
    }

    /** Names the threads of one chain after its first port, so a thread dump shows whose they are. */
    static String threadNamePrefix(int firstPort) {
        return "ketenscan-demo-" + firstPort + "-";
    }

    private static final class DemoThreads implements ThreadFactory {
        private final String prefix;
        private final AtomicInteger count = new AtomicInteger();

        DemoThreads(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
