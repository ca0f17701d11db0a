package org.kmstray.platform.windows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.kmstray.license.LicenseReading;
import org.kmstray.license.script.CommandOutput;
import org.kmstray.license.script.CommandRunner;
import org.kmstray.renewal.ActivationPlan;
import org.kmstray.renewal.ActivationRunner;
import org.kmstray.renewal.Privilege;
import org.kmstray.renewal.RunFailure;
import org.kmstray.renewal.RunOutcome;

/**
 * The Windows activation step: {@code activate.ps1} run by {@code powershell.exe} from the system
 * directory, as the signed-in user (output captured) or through one UAC prompt (result through the
 * file the elevated script creates). Inside, the script uses the WMI methods and falls back to
 * {@code ospp.vbs} only where the CIM cmdlets do not exist.
 */
public final class PowerShellActivationRunner implements ActivationRunner {
    private final ActivationScript script = ActivationScript.load();
    private final Supplier<Path> systemDirectory;
    private final CommandRunner process;
    private final Elevation elevation;
    private final Supplier<String> userSid;
    private final Supplier<Optional<Path>> ospp;
    private final Function<String, LicenseReading> osppParser;
    private final Supplier<Path> scriptFolder;

    /**
     * @param systemDirectory system32 as the OS reports it (never from PATH or environment variables)
     * @param ospp ospp.vbs as found through HKLM, for the fallback route; empty when there is none
     * @param osppParser the script-text parser, for the fallback route's output
     * @param scriptFolder a folder of this user's where the script is written for the bootstrap to check and run
     */
    public PowerShellActivationRunner(Supplier<Path> systemDirectory, CommandRunner process, Elevation elevation,
            Supplier<String> userSid, Supplier<Optional<Path>> ospp, Function<String, LicenseReading> osppParser,
            Supplier<Path> scriptFolder) {
        this.systemDirectory = systemDirectory;
        this.process = process;
        this.elevation = elevation;
        this.userSid = userSid;
        this.ospp = ospp;
        this.osppParser = osppParser;
        this.scriptFolder = scriptFolder;
    }

    @Override
    public RunOutcome run(ActivationPlan plan, Privilege privilege, Duration timeout) {
        Path system;
        ScriptArguments arguments;
        String token = privilege == Privilege.ELEVATED ? UUID.randomUUID().toString() : "";
        try {
            system = systemDirectory.get();
            String sid = privilege == Privilege.ELEVATED ? userSid.get() : "";
            arguments = ScriptArguments.of(plan, token, sid, osppArgument());
        } catch (RuntimeException e) {
            return failed(RunFailure.Kind.UNAVAILABLE, e.getMessage());
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory(scriptFolder.get(), "kmstray-");
            Path file = Files.write(folder.resolve(ActivationScript.RESOURCE), script.bytes());
            Path powershell = system.resolve(ActivationScript.POWERSHELL);
            return privilege == Privilege.ELEVATED
                    ? elevated(plan, powershell, file, arguments, token, system, timeout)
                    : standard(plan, powershell, file, arguments, timeout);
        } catch (IOException | RuntimeException e) {
            return failed(RunFailure.Kind.UNAVAILABLE, e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            deleteQuietly(folder);
        }
    }

    private RunOutcome standard(ActivationPlan plan, Path powershell, Path file, ScriptArguments arguments, Duration timeout) {
        // The script sets its output to UTF-8; its own result lines are ASCII either way.
        CommandOutput c = process.run(script.command(powershell, file, arguments), timeout, StandardCharsets.UTF_8);
        return switch (c.completion()) {
            case TIMED_OUT -> failed(RunFailure.Kind.TIMEOUT, "PowerShell did not finish in " + timeout.toSeconds() + " s");
            case NOT_FOUND, NOT_STARTED -> failed(RunFailure.Kind.UNAVAILABLE, c.detail());
            case EXITED -> ScriptResult.interpret(c.exitCode(), c.stdout(), plan, osppParser);
        };
    }

    private RunOutcome elevated(ActivationPlan plan, Path powershell, Path file, ScriptArguments arguments, String token,
            Path system, Duration timeout) {
        Elevation.Exit exit = elevation.runElevated(powershell, script.shellParameters(file, arguments), timeout);
        if (exit instanceof Elevation.Cancelled) {
            return new RunOutcome.Cancelled();
        }
        if (exit instanceof Elevation.TimedOut) {
            return failed(RunFailure.Kind.TIMEOUT, "the elevated step did not finish in " + timeout.toSeconds() + " s");
        }
        if (exit instanceof Elevation.NotStarted n) {
            return failed(RunFailure.Kind.UNAVAILABLE, n.reason());
        }
        int code = ((Elevation.Exited) exit).code();
        if (code != 0) {
            return ScriptResult.interpret(code, "", plan, osppParser);
        }
        Path windows = system.getParent();
        Optional<String> text = windows == null ? Optional.empty() : ElevatedResultFile.read(windows, token);
        if (text.isEmpty()) {
            return failed(RunFailure.Kind.UNREADABLE_RESULT, "the elevated step left no readable result");
        }
        return ScriptResult.interpret(0, text.get(), plan, osppParser);
    }

    /** ospp.vbs goes in only in a form the script accepts; anything else simply leaves the fallback out. */
    private Optional<String> osppArgument() {
        return ospp.get().map(Path::toString).filter(ArgumentRules::isOsppPath);
    }

    private static RunOutcome failed(RunFailure.Kind kind, String detail) {
        return new RunOutcome.Failed(new RunFailure(kind, detail));
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try {
            Files.deleteIfExists(folder.resolve(ActivationScript.RESOURCE));
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // A leftover copy of a public script in the user's own temp folder harms nobody.
        }
    }
}
