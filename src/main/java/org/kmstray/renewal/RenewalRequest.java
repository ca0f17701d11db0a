package org.kmstray.renewal;

import java.util.Optional;
import org.kmstray.settings.HostName;

/**
 * Overrides for one renewal run ({@code renew --kms HOST[:PORT]}); empty values mean "as configured".
 * A port without a host applies to the configured host.
 */
public record RenewalRequest(Optional<HostName> kmsHost, Optional<Integer> kmsPort) {
    public RenewalRequest {
        kmsHost = kmsHost == null ? Optional.empty() : kmsHost;
        kmsPort = kmsPort == null ? Optional.empty() : kmsPort;
        kmsPort.ifPresent(KmsEndpoint::checkPort);
    }

    public static RenewalRequest configured() {
        return new RenewalRequest(Optional.empty(), Optional.empty());
    }
}
