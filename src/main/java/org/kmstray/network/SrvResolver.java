package org.kmstray.network;

import java.time.Duration;
import java.util.List;

/** Looks up SRV records; behind an interface so tests can answer without a DNS server. */
@FunctionalInterface
public interface SrvResolver {
    /**
     * The records for {@code name} in the order DNS gave them; empty when the name does not exist or
     * has none.
     *
     * @throws SrvLookupException when DNS could not be asked or did not answer within {@code timeout}
     */
    List<SrvRecord> lookup(String name, Duration timeout) throws SrvLookupException;
}
