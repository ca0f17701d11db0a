package org.kmstray.platform.windows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmstray.license.ActivationResult;
import org.kmstray.license.Hresult;
import org.kmstray.license.Unreadable;
import org.kmstray.license.script.CommandOutput;
import org.kmstray.license.script.CommandRunner;
import org.kmstray.renewal.ActivationPlan;
import org.kmstray.renewal.KmsEndpoint;
import org.kmstray.renewal.PlannedActivation;
import org.kmstray.renewal.Privilege;
import org.kmstray.renewal.ProductActivation;
import org.kmstray.renewal.RunFailure;
import org.kmstray.renewal.RunOutcome;
import org.kmstray.renewal.SkuId;
import org.kmstray.settings.HostName;

/** The runner's own logic, with the process start and the UAC prompt replaced by fakes. */
class PowerShellActivationRunnerTest {
    static final String PROPLUS = "85dd8b5f-eaa4-4af3-a628-cce9e77c9a03";
    static final String SID = "S-1-5-21-1004336348-1177238915-682003330-1001";
    static final Duration TIME = Duration.ofSeconds(100);

    @TempDir
    Path root;

    private Path system() {
        return root.resolve("Windows").resolve("System32");
    }

    private static ActivationPlan plan(boolean setHost) {
        Optional<KmsEndpoint> e = setHost ? Optional.of(new KmsEndpoint(new HostName("kms.example.edu"), 1688)) : Optional.empty();
        return new ActivationPlan(List.of(new PlannedActivation(new SkuId(PROPLUS), "ProPlus", e)));
    }

    private PowerShellActivationRunner runner(CommandRunner process, Elevation elevation) throws IOException {
        Path temp = Files.createDirectories(root.resolve("user-temp"));
        return new PowerShellActivationRunner(this::system, process, elevation, () -> SID, Optional::empty,
                t -> new Unreadable("ospp.vbs", "x", null), () -> temp);
    }

    /** The script file named in a bootstrap, read while the run is still going, and its text. */
    private static byte[] scriptNamedIn(String bootstrap) {
        Matcher m = Pattern.compile("FromBase64String\\('([A-Za-z0-9+/=]+)'\\)").matcher(bootstrap);
        assertTrue(m.find());
        try {
            return Files.readAllBytes(Path.of(new String(Base64.getDecoder().decode(m.group(1)), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Nested
    class AsTheSignedInUser {
        @Test
        void runsPowerShellFromTheSystemDirectoryOnTheJarsOwnScriptAndReadsItsOutput() throws IOException {
            List<List<String>> commands = new ArrayList<>();
            List<byte[]> scripts = new ArrayList<>();
            CommandRunner process = (command, timeout, charset) -> {
                commands.add(command);
                scripts.add(scriptNamedIn(command.get(command.size() - 1)));
                return CommandOutput.exited(0, "kmstray-result 1\nproduct " + PROPLUS + " fail 80070005\nend\n");
            };

            RunOutcome o = runner(process, unexpectedElevation()).run(plan(false), Privilege.STANDARD, TIME);

            assertEquals(List.of(new ProductActivation(new SkuId(PROPLUS), ActivationResult.failure(new Hresult(0x80070005)))),
                    assertInstanceOf(RunOutcome.Completed.class, o).results());
            assertEquals(system().resolve(ActivationScript.POWERSHELL).toString(), commands.get(0).get(0));
            assertFalse(commands.get(0).get(6).contains("-Token"), "no result file when the output can be captured");
            assertArrayEquals(ActivationScript.load().bytes(), scripts.get(0));
        }

        @Test
        void leavesNoCopyOfTheScriptBehind() throws IOException {
            CommandRunner process = (command, timeout, charset) -> CommandOutput.exited(0, "kmstray-result 1\nend\n");

            runner(process, unexpectedElevation()).run(plan(false), Privilege.STANDARD, TIME);

            try (var left = Files.list(root.resolve("user-temp"))) {
                assertEquals(0, left.count());
            }
        }

        @Test
        void aProcessKilledAtTheTimeoutIsATimeout() throws IOException {
            CommandRunner process = (command, timeout, charset) -> new CommandOutput(CommandOutput.Completion.TIMED_OUT, -1, "", "killed");

            RunOutcome o = runner(process, unexpectedElevation()).run(plan(false), Privilege.STANDARD, TIME);

            assertEquals(RunFailure.Kind.TIMEOUT, assertInstanceOf(RunOutcome.Failed.class, o).failure().kind());
        }

        @Test
        void aPowerShellThatCannotStartMakesTheStepUnavailable() throws IOException {
            CommandRunner process = (command, timeout, charset) -> new CommandOutput(CommandOutput.Completion.NOT_FOUND, -1, "", "not found");

            RunOutcome o = runner(process, unexpectedElevation()).run(plan(false), Privilege.STANDARD, TIME);

            assertEquals(new RunFailure(RunFailure.Kind.UNAVAILABLE, "not found"), assertInstanceOf(RunOutcome.Failed.class, o).failure());
        }

        @Test
        void aNonZeroExitIsAFailure() throws IOException {
            CommandRunner process = (command, timeout, charset) -> CommandOutput.exited(1, "");

            RunOutcome o = runner(process, unexpectedElevation()).run(plan(false), Privilege.STANDARD, TIME);

            assertEquals(RunFailure.Kind.EXIT_CODE, assertInstanceOf(RunOutcome.Failed.class, o).failure().kind());
        }
    }

    @Nested
    class ThroughTheAdministratorPrompt {
        /** Does what activate.ps1 does when elevated: write the result into the token's directory. */
        private Elevation writingResult(String result, List<String> parameters) {
            return (program, params, timeout) -> {
                parameters.add(params);
                Matcher m = Pattern.compile("-Token '([0-9a-f-]{36})'").matcher(params);
                assertTrue(m.find());
                try {
                    Path dir = Files.createDirectories(ElevatedResultFile.directory(system().getParent(), m.group(1)));
                    Files.writeString(dir.resolve("result.txt"), result);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return new Elevation.Exited(0);
            };
        }

        @Test
        void passesTheTokenAndSidAndReadsTheResultFile() throws IOException {
            List<String> parameters = new ArrayList<>();
            Elevation elevation = writingResult("kmstray-result 1\nproduct " + PROPLUS + " ok\nend\n", parameters);

            RunOutcome o = runner(unexpectedProcess(), elevation).run(plan(true), Privilege.ELEVATED, TIME);

            assertEquals(List.of(new ProductActivation(new SkuId(PROPLUS), ActivationResult.success())),
                    assertInstanceOf(RunOutcome.Completed.class, o).results());
            assertTrue(parameters.get(0).contains("-UserSid '" + SID + "'"));
            assertTrue(parameters.get(0).contains("-KmsHost 'kms.example.edu' -KmsPort 1688 -SetHost '" + PROPLUS + "'"));
        }

        @Test
        void aDeclinedPromptIsCancelled() throws IOException {
            RunOutcome o = runner(unexpectedProcess(), (p, a, t) -> new Elevation.Cancelled()).run(plan(true), Privilege.ELEVATED, TIME);

            assertInstanceOf(RunOutcome.Cancelled.class, o);
        }

        @Test
        void successWithoutAResultFileIsAnUnreadableResult() throws IOException {
            RunOutcome o = runner(unexpectedProcess(), (p, a, t) -> new Elevation.Exited(0)).run(plan(true), Privilege.ELEVATED, TIME);

            assertEquals(RunFailure.Kind.UNREADABLE_RESULT, assertInstanceOf(RunOutcome.Failed.class, o).failure().kind());
        }

        @Test
        void aRefusedResultDirectoryIsReportedFromTheExitCode() throws IOException {
            RunOutcome o = runner(unexpectedProcess(), (p, a, t) -> new Elevation.Exited(3)).run(plan(true), Privilege.ELEVATED, TIME);

            assertTrue(assertInstanceOf(RunOutcome.Failed.class, o).failure().detail().contains("result directory"));
        }

        @Test
        void aWaitGivenUpIsATimeoutAndAStartThatFailedIsUnavailable() throws IOException {
            RunOutcome timedOut = runner(unexpectedProcess(), (p, a, t) -> new Elevation.TimedOut()).run(plan(true), Privilege.ELEVATED, TIME);
            RunOutcome notStarted = runner(unexpectedProcess(), (p, a, t) -> new Elevation.NotStarted("error 2")).run(plan(true), Privilege.ELEVATED, TIME);

            assertEquals(RunFailure.Kind.TIMEOUT, assertInstanceOf(RunOutcome.Failed.class, timedOut).failure().kind());
            assertEquals(RunFailure.Kind.UNAVAILABLE, assertInstanceOf(RunOutcome.Failed.class, notStarted).failure().kind());
        }

        @Test
        void anUnreadableSidStopsBeforeAnyPrompt() throws IOException {
            Path temp = Files.createDirectories(root.resolve("user-temp"));
            PowerShellActivationRunner r = new PowerShellActivationRunner(PowerShellActivationRunnerTest.this::system, unexpectedProcess(),
                    unexpectedElevation(), () -> "S-1-5-21-1;calc", Optional::empty, t -> null, () -> temp);

            RunOutcome o = r.run(plan(true), Privilege.ELEVATED, TIME);

            assertEquals(RunFailure.Kind.UNAVAILABLE, assertInstanceOf(RunOutcome.Failed.class, o).failure().kind());
        }
    }

    @Test
    void offWindowsTheMissingSystemDirectoryIsAClearFailureNotAnException() throws IOException {
        Path temp = Files.createDirectories(root.resolve("user-temp"));
        PowerShellActivationRunner r = new PowerShellActivationRunner(() -> {
            throw new UnsupportedOperationException("the system directory exists only on Windows");
        }, unexpectedProcess(), unexpectedElevation(), () -> SID, Optional::empty, t -> null, () -> temp);

        RunOutcome o = r.run(plan(false), Privilege.STANDARD, TIME);

        assertEquals(new RunFailure(RunFailure.Kind.UNAVAILABLE, "the system directory exists only on Windows"),
                assertInstanceOf(RunOutcome.Failed.class, o).failure());
    }

    private static CommandRunner unexpectedProcess() {
        return (c, t, cs) -> {
            throw new AssertionError("no unelevated process expected");
        };
    }

    private static Elevation unexpectedElevation() {
        return (p, a, t) -> {
            throw new AssertionError("no prompt expected");
        };
    }
}
