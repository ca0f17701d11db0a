package org.kmstray.platform.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kmstray.license.ActivationResult;
import org.kmstray.license.Hresult;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.Product;
import org.kmstray.network.ProbeResult;
import org.kmstray.renewal.ActivationPlan;
import org.kmstray.renewal.ActivationRunner;
import org.kmstray.renewal.KmsEndpoint;
import org.kmstray.network.KmsProbe;
import org.kmstray.renewal.PlannedActivation;
import org.kmstray.renewal.Privilege;
import org.kmstray.renewal.ProductActivation;
import org.kmstray.renewal.RunOutcome;
import org.kmstray.settings.HostName;

/**
 * The activation step of demo mode. It really contacts the KMS host each product would use, through the
 * same probe as the gate: a product's 180 days restart only when that host answered; otherwise it fails
 * with 0xC004F074 ("no KMS could be contacted"), as Windows would. There is no administrator prompt off
 * Windows, so both privilege levels run the same way, as the signed-in user.
 */
public final class DemoActivationRunner implements ActivationRunner {
    static final Hresult NO_KMS_CONTACTED = new Hresult(0xC004F074);

    private final DemoLicenseState state;
    private final KmsProbe probe;
    private final Duration probeTimeout;

    public DemoActivationRunner(DemoLicenseState state, KmsProbe probe, Duration probeTimeout) {
        this.state = state;
        this.probe = probe;
        this.probeTimeout = probeTimeout;
    }

    @Override
    public RunOutcome run(ActivationPlan plan, Privilege privilege, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Boolean> answered = new HashMap<>();
        List<ProductActivation> results = new ArrayList<>();
        for (PlannedActivation a : plan.activations()) {
            String sku = a.skuId().value();
            a.setEndpoint().ifPresent(e -> state.setKmsHost(sku, e.host().value(), e.port()));
            Optional<KmsEndpoint> target = endpointOf(sku);
            String key = target.map(KmsEndpoint::toString).orElse("dns");
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            boolean ok = answered.computeIfAbsent(key, k -> contact(target, min(probeTimeout, left)));
            if (ok) {
                state.activate(sku);
                results.add(new ProductActivation(a.skuId(), ActivationResult.success()));
            } else {
                results.add(new ProductActivation(a.skuId(), ActivationResult.failure(NO_KMS_CONTACTED)));
            }
        }
        return new RunOutcome.Completed(results);
    }

    /** The host the product is set to use, as its registry override would say; none means DNS discovery. */
    private Optional<KmsEndpoint> endpointOf(String sku) {
        if (!(state.read() instanceof LicenseSnapshot s)) {
            return Optional.empty();
        }
        for (Product p : s.products()) {
            if (sku.equals(p.skuId()) && p.kmsHost() != null) {
                int port = p.kmsPort() == null ? KmsEndpoint.DEFAULT_PORT : p.kmsPort();
                return Optional.of(new KmsEndpoint(new HostName(p.kmsHost()), port));
            }
        }
        return Optional.empty();
    }

    private boolean contact(Optional<KmsEndpoint> target, Duration timeout) {
        if (timeout.isZero()) {
            return false;
        }
        ProbeResult r = probe.probe(target.map(KmsEndpoint::host), target.map(KmsEndpoint::port).orElse(KmsEndpoint.DEFAULT_PORT), timeout);
        return r != null && r.answered();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
