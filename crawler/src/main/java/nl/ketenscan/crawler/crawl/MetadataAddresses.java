package nl.ketenscan.crawler.crawl;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Set;

/**
 * Addresses where a cloud machine finds its own credentials or that only make sense on the local
 * link: a scanner run in the cloud must never be talked into requesting them, by a configured
 * host, a redirect or a host name whose DNS answer points there.
 *
 * <p>Covered: IPv4 link-local 169.254.0.0/16 (AWS, GCP, Azure and OpenStack metadata at
 * 169.254.169.254), IPv6 link-local fe80::/10, fd00::/8 (AWS's fd00:ec2::254), Alibaba's
 * 100.100.100.200, Azure's WireServer 168.63.129.16 and Oracle's 192.0.0.192.
 */
final class MetadataAddresses {

    private static final Set<String> SINGLE_ADDRESSES = Set.of("100.100.100.200", "168.63.129.16", "192.0.0.192");

    private MetadataAddresses() {
    }

    static boolean contains(InetAddress address) {
        if (address instanceof Inet4Address) {
            byte[] octets = address.getAddress();
            return (octets[0] & 0xff) == 169 && (octets[1] & 0xff) == 254
                    || SINGLE_ADDRESSES.contains(address.getHostAddress());
        }
        return address instanceof Inet6Address
                && (address.isLinkLocalAddress() || address.getAddress()[0] == (byte) 0xfd);
    }
}
