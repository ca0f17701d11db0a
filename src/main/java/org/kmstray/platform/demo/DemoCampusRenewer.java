package org.kmstray.platform.demo;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kmstray.renewal.RenewalRequest;
import org.kmstray.renewal.RenewalReport;
import org.kmstray.renewal.Renewer;
import org.kmstray.settings.HostName;
import org.kmstray.settings.InvalidValueException;

/**
 * Puts the demo PC on a simulated campus: a renewal that names no KMS host, on a PC whose settings name
 * none either, goes to the {@link DemoKmsHost} on 127.0.0.1, started at the first such renewal. A KMS
 * host set in the settings or on the command line is used as it is, so the "connect the VPN first" path
 * stays one setting away (a port nothing listens on).
 */
public final class DemoCampusRenewer implements Renewer {
    private static final Logger LOG = Logger.getLogger(DemoCampusRenewer.class.getName());

    private final Renewer renewer;
    private final Supplier<Optional<HostName>> configuredHost;
    private DemoKmsHost campus;

    public DemoCampusRenewer(Renewer renewer, Supplier<Optional<HostName>> configuredHost) {
        this.renewer = renewer;
        this.configuredHost = configuredHost;
    }

    @Override
    public CompletableFuture<RenewalReport> renew(RenewalRequest request) {
        if (request.kmsHost().isPresent() || configuredHost.get().isPresent()) {
            return renewer.renew(request);
        }
        return renewer.renew(campus().map(c -> new RenewalRequest(Optional.of(loopback(c)), Optional.of(c.port()))).orElse(request));
    }

    @Override
    public boolean isRunning() {
        return renewer.isRunning();
    }

    /** The simulated host, started once; without it the renewal runs as configured and says what it found. */
    private synchronized Optional<DemoKmsHost> campus() {
        if (campus == null) {
            try {
                campus = DemoKmsHost.start();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "the demo campus KMS host could not start", e);
                return Optional.empty();
            }
        }
        return Optional.of(campus);
    }

    private static HostName loopback(DemoKmsHost host) {
        try {
            return HostName.parse(host.host());
        } catch (InvalidValueException e) {
            throw new IllegalStateException("loopback address not accepted as a host: " + host.host(), e);
        }
    }
}
