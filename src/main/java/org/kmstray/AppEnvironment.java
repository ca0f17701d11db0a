package org.kmstray;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.kmstray.cli.CliEnvironment;
import org.kmstray.fleet.FleetReporter;
import org.kmstray.fleet.FleetSignalSink;
import org.kmstray.fleet.SignalThrottle;
import org.kmstray.license.LicenseReader;
import org.kmstray.license.Unreadable;
import org.kmstray.license.script.OsppScriptReader;
import org.kmstray.license.text.ScriptOutputParser;
import org.kmstray.license.wmi.WmiLicenseReader;
import org.kmstray.network.KmsProbe;
import org.kmstray.network.LocationClassifier;
import org.kmstray.network.NetworkSnapshotSource;
import org.kmstray.network.TcpKmsProbe;
import org.kmstray.platform.Autostarts;
import org.kmstray.platform.FleetSignalSinks;
import org.kmstray.platform.ProcessCommandRunner;
import org.kmstray.platform.demo.DemoActivationRunner;
import org.kmstray.platform.demo.DemoCampusRenewer;
import org.kmstray.platform.demo.DemoLicenseState;
import org.kmstray.platform.oshi.OshiNetworkSnapshotSource;
import org.kmstray.platform.windows.CurrentUserSid;
import org.kmstray.platform.windows.JnaRegistryReader;
import org.kmstray.platform.windows.OshiWmiQueryRunner;
import org.kmstray.platform.windows.OsppLocator;
import org.kmstray.platform.windows.PowerShellActivationRunner;
import org.kmstray.platform.windows.RegistryPolicy;
import org.kmstray.platform.windows.ShellExecuteElevation;
import org.kmstray.platform.windows.SystemPaths;
import org.kmstray.renewal.ActivationRunner;
import org.kmstray.renewal.JoiningRenewer;
import org.kmstray.renewal.RenewalProcedure;
import org.kmstray.renewal.Renewer;
import org.kmstray.settings.Autostart;
import org.kmstray.settings.CombinedPolicy;
import org.kmstray.settings.OrganisationPolicy;
import org.kmstray.settings.PropertiesFilePolicy;
import org.kmstray.settings.SettingKeys;
import org.kmstray.settings.Settings;

/** The one place that wires platform adapters to the domain: Windows services on Windows, the demo PC elsewhere. */
final class AppEnvironment implements CliEnvironment {
    /** The user node: {@code HKCU\Software\JavaSoft\Prefs\kms-tray} on Windows. */
    static final String PREFERENCES_NODE = "kms-tray";
    /** The organisation file's name, looked for beside the application. */
    static final String ORGANISATION_FILE = "kms-tray.properties";

    private final Clock clock;
    private final java.util.function.Supplier<Preferences> userNode;
    private final NetworkSnapshotSource networkSnapshots;
    private final java.util.function.Function<Boolean, FleetSignalSink> fleetSinks;

    AppEnvironment() {
        this(Clock.systemDefaultZone(), () -> Preferences.userRoot().node(PREFERENCES_NODE));
    }

    /** For tests: a fixed clock and a preferences node that is not the real user store. */
    AppEnvironment(Clock clock, java.util.function.Supplier<Preferences> userNode) {
        this(clock, userNode, new OshiNetworkSnapshotSource());
    }

    /** For tests that also decide what network the PC is on. */
    AppEnvironment(Clock clock, java.util.function.Supplier<Preferences> userNode, NetworkSnapshotSource networkSnapshots) {
        this(clock, userNode, networkSnapshots, FleetSignalSinks::forThisPc);
    }

    /** For tests that also see the fleet signals: {@code fleetSinks} gets whether the app runs in demo mode. */
    AppEnvironment(Clock clock, java.util.function.Supplier<Preferences> userNode, NetworkSnapshotSource networkSnapshots,
            java.util.function.Function<Boolean, FleetSignalSink> fleetSinks) {
        this.clock = clock;
        this.userNode = userNode;
        this.networkSnapshots = networkSnapshots;
        this.fleetSinks = fleetSinks;
    }

    @Override
    public boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public ZoneId zone() {
        return clock.getZone();
    }

    @Override
    public String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public Settings settings(Optional<Path> configFile) {
        OrganisationPolicy file = configFile.<OrganisationPolicy>map(PropertiesFilePolicy::loadGiven)
                .orElseGet(() -> applicationDirectory().map(d -> (OrganisationPolicy) PropertiesFilePolicy.load(d.resolve(ORGANISATION_FILE)))
                        .orElse(OrganisationPolicy.NONE));
        // One precedence rule on every path (tray, every command, --config): see CombinedPolicy.
        OrganisationPolicy policy = isWindows()
                ? CombinedPolicy.of(RegistryPolicy.read(new JnaRegistryReader()), file)
                : CombinedPolicy.of(file);
        return new Settings(userNode.get(), policy);
    }

    @Override
    public NetworkSnapshotSource networkSnapshots() {
        return networkSnapshots;
    }

    @Override
    public KmsProbe kmsProbe() {
        return new TcpKmsProbe(() -> networkSnapshots.take().dnsSuffixes());
    }

    /**
     * Builds the services anew on each call: a new renewer and, in demo mode, a new simulated PC. A command
     * calls this once per run; the tray app calls it once for its lifetime ({@link TrayWiring}), so that one
     * renewer joins every request and the demo PC's renewals show in its readings.
     */
    @Override
    public Services services(Settings settings, DemoOptions demo) {
        if (demo.enabled()) {
            DemoLicenseState state = new DemoLicenseState(clock, demo.daysLeft());
            KmsProbe probe = kmsProbe();
            Services demoPc = renewing(state, new DemoActivationRunner(state, probe,
                    Duration.ofMillis(settings.get(SettingKeys.PROBE_TIMEOUT_MS))), probe, settings);
            Optional<Renewer> onCampus = demoPc.renewer().map(r -> new DemoCampusRenewer(r, () -> settings.get(SettingKeys.KMS_HOST)));
            return new Services() {
                @Override
                public LicenseReader licenseReader() {
                    return demoPc.licenseReader();
                }

                @Override
                public Optional<Renewer> renewer() {
                    return onCampus;
                }
            };
        }
        if (isWindows()) {
            return renewing(windowsLicenseReader(), windowsActivationRunner(), kmsProbe(), settings);
        }
        LicenseReader none = () -> new Unreadable("wmi", "cli.status.notWindows", new Object[0]);
        return () -> none;
    }

    /** The same renewal flow (probe, location, gate, ladder, verification) over this PC or the demo PC. */
    private Services renewing(LicenseReader reader, ActivationRunner runner, KmsProbe probe, Settings settings) {
        Renewer renewer = new JoiningRenewer(new RenewalProcedure(reader, probe,
                () -> LocationClassifier.classify(networkSnapshots.take(), settings), runner, settings));
        return new Services() {
            @Override
            public LicenseReader licenseReader() {
                return reader;
            }

            @Override
            public Optional<Renewer> renewer() {
                return Optional.of(renewer);
            }
        };
    }

    /**
     * The fixed activation script run by the system's PowerShell, as the user or through one UAC prompt;
     * ospp.vbs (through HKLM) only where the CIM cmdlets are missing.
     */
    private ActivationRunner windowsActivationRunner() {
        return new PowerShellActivationRunner(SystemPaths::systemDirectory, new ProcessCommandRunner(), new ShellExecuteElevation(),
                new CurrentUserSid(), OsppLocator.forThisPc()::locate, text -> ScriptOutputParser.parse(text, "ospp.vbs /act"),
                () -> Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** WMI first; ospp.vbs (found through HKLM, run by the system's cscript.exe) only when WMI fails. */
    private LicenseReader windowsLicenseReader() {
        OsppScriptReader ospp = new OsppScriptReader(new ProcessCommandRunner(), SystemPaths::cscript,
                OsppLocator.forThisPc()::locate, text -> ScriptOutputParser.parse(text, OsppScriptReader.SOURCE), clock);
        return new WmiLicenseReader(new OshiWmiQueryRunner(OshiWmiQueryRunner.DEFAULT_TIMEOUT), clock, Optional.of(ospp));
    }

    /**
     * Start at login for this user: the Run key on Windows (nothing per user when the MSI's machine-wide
     * value exists), an XDG autostart entry on Linux. For the settings dialog's "start at login".
     */
    Autostart autostart() {
        return Autostarts.forThisPc();
    }

    /**
     * The fleet signals of this PC, to be told about every check and renewal: the Windows event log on a
     * real Windows PC, the application log in demo mode and elsewhere. One per app run (it holds the throttle).
     */
    FleetReporter fleetReporter(Settings settings, boolean demo) {
        return new FleetReporter(fleetSinks.apply(demo), new SignalThrottle(clock), () -> settings.get(SettingKeys.WARN_DAYS));
    }

    /** The folder holding the running jar (or the packaged app's jar), where an organisation file may lie. */
    static Optional<Path> applicationDirectory() {
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = Files.isDirectory(jar) ? jar : jar.getParent();
            return Optional.ofNullable(dir);
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
