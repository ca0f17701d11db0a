package org.kmstray.renewal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.kmstray.license.ActivationResult;
import org.kmstray.license.Hresult;
import org.kmstray.license.LicenseStatus;
import org.kmstray.license.Product;
import org.kmstray.network.Evidence;
import org.kmstray.network.Location;
import org.kmstray.network.LocationReport;
import org.kmstray.network.ProbeOutcome;
import org.kmstray.network.ProbeResult;
import org.kmstray.settings.HostName;
import org.kmstray.settings.InvalidValueException;
import org.kmstray.settings.OrganisationPolicy;
import org.kmstray.settings.Setting;
import org.kmstray.settings.Settings;
import org.kmstray.testing.InMemoryPreferences;

/** Products, probes, locations and runners shared by the renewal tests. */
final class Fixtures {
    /** SKU IDs, names and descriptions as in samples/ospp-act-office2019-grace-and-kms-success-zhcn-01.txt. */
    static final String PROPLUS_SKU = "85dd8b5f-eaa4-4af3-a628-cce9e77c9a03";
    static final String RETAIL_GRACE_SKU = "52c4d79f-6e1a-45b7-b479-36b666e0a2f8";
    /** Visio 2019 KMS client as in samples/ospp-act-office2019-visio2019-kms-success-zhtw-guide-01.txt. */
    static final String VISIO_SKU = "5b5cf08f-b81a-431d-b080-3450d8620565";

    static final Hresult NO_KMS_CONTACTED = new Hresult(0xC004F074);
    static final Hresult ACCESS_DENIED = new Hresult(0x80070005);
    static final Hresult LUA_ACCESS_DENIED = new Hresult(0xC004F025);

    private Fixtures() {
    }

    static Product proPlus(long minutes) {
        return Product.builder().name("Office 19, Office19ProPlus2019VL_KMS_Client_AE edition")
                .description("Office 19, VOLUME_KMSCLIENT channel").skuId(PROPLUS_SKU).partialKey("6MWKP")
                .status(LicenseStatus.LICENSED).remainingMinutes(minutes).build();
    }

    static Product retailGrace() {
        return Product.builder().name("Office 19, Office19ProPlus2019R_Grace edition")
                .description("Office 19, RETAIL(Grace) channel").skuId(RETAIL_GRACE_SKU).partialKey("8MBCX")
                .status(LicenseStatus.OOB_GRACE).remainingMinutes(5760L).build();
    }

    static ProbeResult probe(ProbeOutcome outcome) {
        return new ProbeResult("kms.example.edu", 1688, outcome, "192.0.2.10", 12, "");
    }

    static LocationReport at(Location location) {
        return new LocationReport(location, List.of(Evidence.of("network.evidence.test", "Ethernet")));
    }

    static Settings settings(String... keyValues) {
        Settings s = new Settings(new InMemoryPreferences(), OrganisationPolicy.NONE);
        for (int i = 0; i < keyValues.length; i += 2) {
            String key = keyValues[i];
            Setting<?> setting = org.kmstray.settings.SettingKeys.byKey(key).orElseThrow();
            try {
                s.set(setting, keyValues[i + 1]);
            } catch (InvalidValueException e) {
                throw new IllegalArgumentException(e);
            }
        }
        return s;
    }

    static ActivationPlan plan(String... skus) {
        List<PlannedActivation> list = new ArrayList<>();
        for (String s : skus) {
            list.add(new PlannedActivation(new SkuId(s), "product " + s, Optional.empty()));
        }
        return new ActivationPlan(list);
    }

    static ActivationPlan planSettingHost(String host, String... skus) {
        List<PlannedActivation> list = new ArrayList<>();
        for (String s : skus) {
            list.add(new PlannedActivation(new SkuId(s), "product " + s, Optional.of(new KmsEndpoint(new HostName(host), 1688))));
        }
        return new ActivationPlan(list);
    }

    static RunOutcome allSucceed(ActivationPlan plan) {
        return new RunOutcome.Completed(plan.skuIds().stream().map(s -> new ProductActivation(s, ActivationResult.success())).toList());
    }

    static RunOutcome allFail(ActivationPlan plan, Hresult code) {
        return new RunOutcome.Completed(plan.skuIds().stream().map(s -> new ProductActivation(s, ActivationResult.failure(code))).toList());
    }

    /** A runner answering from a function and remembering each call. */
    static final class ScriptedRunner implements ActivationRunner {
        record Call(ActivationPlan plan, Privilege privilege, Duration timeout, String thread) {
        }

        private final BiFunction<ActivationPlan, Privilege, RunOutcome> answer;
        final List<Call> calls = Collections.synchronizedList(new ArrayList<>());

        ScriptedRunner(BiFunction<ActivationPlan, Privilege, RunOutcome> answer) {
            this.answer = answer;
        }

        @Override
        public RunOutcome run(ActivationPlan plan, Privilege privilege, Duration timeout) {
            calls.add(new Call(plan, privilege, timeout, Thread.currentThread().getName()));
            return answer.apply(plan, privilege);
        }

        List<Privilege> privileges() {
            return calls.stream().map(Call::privilege).toList();
        }
    }
}
