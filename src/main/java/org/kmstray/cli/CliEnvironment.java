package org.kmstray.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import org.kmstray.license.LicenseReader;
import org.kmstray.network.KmsProbe;
import org.kmstray.network.NetworkSnapshotSource;
import org.kmstray.renewal.Renewer;
import org.kmstray.settings.Settings;

/**
 * What the commands need from the machine, provided by the entry point's wiring so commands stay
 * free of platform code and tests can run them against fakes.
 */
public interface CliEnvironment {
    boolean isWindows();

    Clock clock();

    ZoneId zone();

    String version();

    /** Settings with the organisation file beside the app, or {@code configFile} instead when given. */
    Settings settings(Optional<Path> configFile);

    /** This PC's network adapters and DNS settings (the real ones on every OS; there is no demo network). */
    NetworkSnapshotSource networkSnapshots();

    /** The KMS probe; without a host it discovers one through the DNS suffixes of {@link #networkSnapshots()}. */
    KmsProbe kmsProbe();

    /** The services of this PC, or of the simulated demo PC. */
    Services services(Settings settings, DemoOptions demo);

    /** Demo mode on or off, and the simulated days left. */
    record DemoOptions(boolean enabled, int daysLeft) {
        public static final int DEFAULT_DAYS = 12;

        public static DemoOptions off() {
            return new DemoOptions(false, DEFAULT_DAYS);
        }
    }

    /** The platform services a command may use. */
    interface Services {
        LicenseReader licenseReader();

        /** Renews this PC (or the demo PC) through the full flow; empty where renewal cannot run. */
        default Optional<Renewer> renewer() {
            return Optional.empty();
        }
    }
}
