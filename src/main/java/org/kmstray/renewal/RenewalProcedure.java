package org.kmstray.renewal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kmstray.license.ActivationResult;
import org.kmstray.license.Hresult;
import org.kmstray.license.LicenseReader;
import org.kmstray.license.LicenseReading;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.Product;
import org.kmstray.network.LocationReport;
import org.kmstray.network.ProbeResult;
import org.kmstray.settings.HostName;
import org.kmstray.settings.SettingKeys;
import org.kmstray.settings.Settings;
import org.kmstray.network.KmsProbe;

/**
 * One renewal from start to end, on the calling thread: read the state, plan, probe the KMS host and
 * decide at the gate, climb the privilege ladder, read the state again and verify. The same code runs on
 * Windows and in demo mode; only the reader, the probe, the location and the runner differ.
 */
public final class RenewalProcedure {
    /** The whole activation part (both steps, the prompt included) ends within this. */
    public static final Duration ACTIVATION_TIMEOUT = Duration.ofSeconds(120);
    private static final Logger LOG = Logger.getLogger(RenewalProcedure.class.getName());

    private final LicenseReader reader;
    private final KmsProbe probe;
    private final Supplier<LocationReport> location;
    private final PrivilegeLadder ladder;
    private final Settings settings;
    private final Duration activationTimeout;

    public RenewalProcedure(LicenseReader reader, KmsProbe probe, Supplier<LocationReport> location,
            ActivationRunner runner, Settings settings) {
        this(reader, probe, location, runner, settings, ACTIVATION_TIMEOUT);
    }

    public RenewalProcedure(LicenseReader reader, KmsProbe probe, Supplier<LocationReport> location,
            ActivationRunner runner, Settings settings, Duration activationTimeout) {
        this.reader = reader;
        this.probe = probe;
        this.location = location;
        this.ladder = new PrivilegeLadder(runner);
        this.settings = settings;
        this.activationTimeout = activationTimeout;
    }

    /** Never throws: an unexpected fault is a FAILED report, logged for diagnostics. */
    public RenewalReport run(RenewalRequest request) {
        try {
            return renew(request);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "renewal failed unexpectedly", e);
            return new RenewalReport(RenewalOutcome.FAILED, null, null, List.of(), List.of(), null, "",
                    new RunFailure(RunFailure.Kind.UNAVAILABLE, e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private RenewalReport renew(RenewalRequest request) {
        LicenseReading before = reader.read();
        if (!(before instanceof LicenseSnapshot snapshot)) {
            return new RenewalReport(RenewalOutcome.FAILED, null, null, List.of(), List.of(), before);
        }
        Optional<HostName> host = request.kmsHost().or(() -> settings.get(SettingKeys.KMS_HOST));
        int port = request.kmsPort().orElseGet(() -> settings.get(SettingKeys.KMS_PORT));
        RenewalPlan plan = RenewalPlanner.plan(snapshot, host.map(h -> new KmsEndpoint(h, port)));
        if (plan.activations().isEmpty()) {
            return new RenewalReport(RenewalOutcome.NOTHING_TO_RENEW, null, null, snapshot.products(), List.of(), before);
        }

        ProbeResult probed = probe.probe(host, port, Duration.ofMillis(settings.get(SettingKeys.PROBE_TIMEOUT_MS)));
        LocationReport where = location.get();
        String vpnClient = settings.get(SettingKeys.VPN_CLIENT);
        switch (RenewalGate.decide(probed, where)) {
            case VPN_REQUIRED:
                return new RenewalReport(RenewalOutcome.VPN_REQUIRED, probed, where, snapshot.products(), List.of(), before, vpnClient, null);
            case KMS_UNREACHABLE:
                return new RenewalReport(RenewalOutcome.KMS_UNREACHABLE, probed, where, snapshot.products(), List.of(), before, vpnClient, null);
            case PROCEED:
            default:
                break;
        }

        ActivationPlan activations = plan.activations().get();
        LadderResult climbed = ladder.climb(activations, activationTimeout);
        // Read again whatever the ladder's end: a step that failed late may still have changed something.
        LicenseReading after = reader.read();
        List<Product> products = withActivations(snapshot, after, resultsToReport(activations, climbed));
        List<Hresult> errors = errors(climbed);
        RenewalOutcome outcome = switch (climbed.ending()) {
            case CANCELLED -> RenewalOutcome.CANCELLED;
            case FAILED -> RenewalOutcome.FAILED;
            case COMPLETED -> judge(activations, climbed, snapshot, after);
        };
        return new RenewalReport(outcome, probed, where, products, errors, after, vpnClient, climbed.failure());
    }

    /** Any activation failure is a failure; all succeeded but not all visibly renewed is NOT_VERIFIED. */
    static RenewalOutcome judge(ActivationPlan plan, LadderResult climbed, LicenseSnapshot before, LicenseReading after) {
        boolean allVerified = true;
        for (SkuId sku : plan.skuIds()) {
            ActivationResult r = climbed.resultOf(sku).map(ProductActivation::result).orElse(ActivationResult.failure(null));
            if (!r.succeeded()) {
                return RenewalOutcome.FAILED;
            }
            Product now = after instanceof LicenseSnapshot s ? find(s, sku) : null;
            allVerified &= RenewalVerifier.renewed(find(before, sku), now);
        }
        return allVerified ? RenewalOutcome.RENEWED : RenewalOutcome.NOT_VERIFIED;
    }

    /**
     * The ladder's results; when the activation step itself failed, every product it left without a result
     * counts as not activated (no code), so the state's verdict shows the failure. A declined prompt is
     * the user's choice and adds nothing.
     */
    private static Map<SkuId, ActivationResult> resultsToReport(ActivationPlan plan, LadderResult climbed) {
        Map<SkuId, ActivationResult> results = new java.util.LinkedHashMap<>();
        for (ProductActivation pa : climbed.results()) {
            results.putIfAbsent(pa.skuId(), pa.result());
        }
        if (climbed.ending() == LadderResult.Ending.FAILED) {
            for (SkuId sku : plan.skuIds()) {
                results.putIfAbsent(sku, ActivationResult.failure(null));
            }
        }
        return results;
    }

    /** The products read afterwards (or before, when that reading failed), each activated one with its result. */
    private static List<Product> withActivations(LicenseSnapshot before, LicenseReading after, Map<SkuId, ActivationResult> results) {
        List<Product> base = after instanceof LicenseSnapshot s ? s.products() : before.products();
        List<Product> out = new ArrayList<>();
        Set<SkuId> placed = new LinkedHashSet<>();
        for (Product p : base) {
            Optional<SkuId> sku = SkuId.parse(p.skuId());
            if (sku.isPresent() && results.containsKey(sku.get()) && placed.add(sku.get())) {
                out.add(p.toBuilder().activation(results.get(sku.get())).build());
            } else {
                out.add(p);
            }
        }
        for (Map.Entry<SkuId, ActivationResult> e : results.entrySet()) {
            // Gone from the second reading: still report what the activation said about it.
            if (!placed.contains(e.getKey())) {
                Product p = find(before, e.getKey());
                if (p != null) {
                    out.add(p.toBuilder().activation(e.getValue()).build());
                }
            }
        }
        return out;
    }

    private static List<Hresult> errors(LadderResult climbed) {
        return climbed.results().stream().map(ProductActivation::result).filter(r -> !r.succeeded())
                .map(ActivationResult::code).filter(c -> c != null).distinct().toList();
    }

    private static Product find(LicenseSnapshot snapshot, SkuId sku) {
        Function<Product, Boolean> same = p -> SkuId.parse(p.skuId()).map(sku::equals).orElse(false);
        return snapshot.products().stream().filter(same::apply).findFirst().orElse(null);
    }
}
