package org.kmstray.renewal;

import java.time.Duration;
import java.util.Optional;
import org.kmstray.network.ProbeResult;
import org.kmstray.settings.HostName;

/**
 * Stand-in with the exact shape of {@code org.kmstray.network.KmsProbe} until the network probe is on
 * main; a method reference to the real probe fits it.
 */
@FunctionalInterface
public interface KmsProbe {
    /** Empty host: discover it through DNS. Never throws; every failure is an outcome. */
    ProbeResult probe(Optional<HostName> host, int port, Duration timeout);
}
