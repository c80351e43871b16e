package nl.ketenscan.crawler.crawl;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Where a host name leads: the addresses {@link Scope#refusedHost} judges before anything connects to
 * the host. The scan asks DNS ({@link #DNS}); a test can stand a server it controls in for a
 * metadata address by saying that the server's host resolves there.
 */
@FunctionalInterface
public interface HostAddresses {

    /**
     * The system's resolver, whose answers the JDK caches (30 s by default), so that the fetcher
     * connects to the address that was judged.
     */
    HostAddresses DNS = host -> List.of(InetAddress.getAllByName(host));

    /** @throws UnknownHostException when the name does not resolve; nothing can connect to it then */
    List<InetAddress> of(String host) throws UnknownHostException;
}
