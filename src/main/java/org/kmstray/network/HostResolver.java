package org.kmstray.network;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.kmstray.settings.Cidr;

/** Turns a host name into addresses; behind an interface so tests never ask a real DNS server. */
@FunctionalInterface
public interface HostResolver {
    /** Addresses in the order to try them; never empty. */
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /**
     * The system resolver (A and AAAA, in the order the OS prefers). IP literals are converted locally
     * and never reach DNS.
     */
    HostResolver SYSTEM = host -> {
        InetAddress literal = Cidr.literal(host);
        if (literal != null) {
            return List.of(literal);
        }
        return List.of(InetAddress.getAllByName(host));
    };
}
