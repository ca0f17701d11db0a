package org.kmstray.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.kmstray.license.Hresult;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.Unreadable;
import org.kmstray.network.Evidence;
import org.kmstray.network.Location;
import org.kmstray.network.LocationReport;
import org.kmstray.network.ProbeOutcome;
import org.kmstray.network.ProbeResult;
import org.kmstray.platform.demo.DemoLicenseState;
import org.kmstray.reminder.AppState;
import org.kmstray.renewal.RenewalOutcome;
import org.kmstray.renewal.RenewalReport;

/** App states for window tests, built from the demo PC at a fixed moment. */
public final class DemoStates {
    /** 2026-11-26 06:00 UTC, 14:00 in Taipei. */
    public static final Instant NOW = Instant.parse("2026-11-26T06:00:00Z");
    public static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    public static final String KMS_HOST = "kms.example.edu";

    private DemoStates() {
    }

    public static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    /** The demo PC as read 3 minutes ago, {@code days} left, on campus. */
    public static LicenseSnapshot snapshot(int days, Instant readAt) {
        DemoLicenseState demo = new DemoLicenseState(Clock.fixed(readAt, ZoneOffset.UTC), days);
        for (String sku : demo.skuIds()) {
            demo.setKmsHost(sku, KMS_HOST, 1688);
        }
        return (LicenseSnapshot) demo.read();
    }

    public static LocationReport onCampus() {
        return new LocationReport(Location.ON_CAMPUS, List.of(Evidence.of("network.evidence.campusAddress", "Ethernet", "140.112.30.21",
                "140.112.0.0/16")));
    }

    public static LocationReport offCampus() {
        return new LocationReport(Location.OFF_CAMPUS, List.of(Evidence.of("network.evidence.noCampusAddress", "140.112.0.0/16"),
                Evidence.of("network.evidence.noCampusSuffix", "ntu.edu.tw")));
    }

    public static AppState demo(int days) {
        Instant read = NOW.minus(Duration.ofMinutes(3));
        LicenseSnapshot s = snapshot(days, read);
        return new AppState(s, Optional.of(s), Optional.of(onCampus()), Optional.empty(), Optional.empty(), Optional.of(read), false, true);
    }

    public static AppState renewing(int days) {
        AppState d = demo(days);
        return new AppState(d.current(), d.lastGood(), d.location(), d.probe(), d.lastRenewal(), d.lastCheck(), true, true);
    }

    /** After a renewal attempt from home: the KMS host did not answer, the VPN is needed. */
    public static AppState vpnRequired(int days, String vpnClient) {
        Instant read = NOW.minus(Duration.ofMinutes(1));
        LicenseSnapshot s = snapshot(days, read);
        ProbeResult probe = new ProbeResult(KMS_HOST, 1688, ProbeOutcome.TIMEOUT, "140.112.2.10", 3000, "no reply");
        RenewalReport r = new RenewalReport(RenewalOutcome.VPN_REQUIRED, probe, offCampus(), s.products(),
                List.of(new Hresult(0xC004F074)), s, vpnClient, null);
        return new AppState(s, Optional.of(s), Optional.of(offCampus()), Optional.of(probe), Optional.of(r), Optional.of(read), false, true);
    }

    /** The state could not be read now; the last good reading is two hours old. */
    public static AppState unknown(int days) {
        Instant good = NOW.minus(Duration.ofHours(2));
        LicenseSnapshot s = snapshot(days, good);
        Unreadable u = new Unreadable("wmi", "read.wmi.timedOut", new Object[] {30});
        return new AppState(u, Optional.of(s), Optional.of(onCampus()), Optional.empty(), Optional.empty(),
                Optional.of(NOW.minus(Duration.ofMinutes(1))), false, true);
    }
}
