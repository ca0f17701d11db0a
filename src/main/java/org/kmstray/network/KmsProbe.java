package org.kmstray.network;

import java.time.Duration;
import java.util.Optional;
import org.kmstray.settings.HostName;

/** Asks whether a KMS host answers, without ever asking it to activate anything. */
public interface KmsProbe {
    /**
     * Probes {@code host} on {@code port}, or, when no host is given, the host that DNS discovery
     * ({@code _vlmcs._tcp} SRV records under the PC's DNS suffixes) names, on the port the record names.
     * Finishes within {@code timeout} (plus scheduling slack) and never throws for network trouble.
     */
    ProbeResult probe(Optional<HostName> host, int port, Duration timeout);
}
