package org.kmstray.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.kmstray.platform.ProcessExec.Outcome;
import org.kmstray.platform.ProcessExec.Result;

/** Runs real short-lived processes through {@code sh}. */
@DisabledOnOs(OS.WINDOWS)
class ProcessExecTest {
    private static final Duration GENEROUS = Duration.ofSeconds(30);

    private static Result sh(String script, Duration timeout) {
        return ProcessExec.run(List.of("/bin/sh", "-c", script), timeout, StandardCharsets.UTF_8);
    }

    @Nested
    class AProgramThatExits {
        @Test
        void reportsItsExitCodeAndBothStreamsSeparately() {
            Result r = sh("echo out; echo err >&2; exit 3", GENEROUS);
            assertEquals(Outcome.EXITED, r.outcome());
            assertEquals(3, r.exitCode());
            assertEquals("out\n", r.stdout());
            assertEquals("err\n", r.stderr());
            assertFalse(r.succeeded());
        }

        @Test
        void succeedsOnlyWithExitCodeZero() {
            Result r = sh("true", GENEROUS);
            assertTrue(r.succeeded());
            assertEquals("", r.stdout());
        }

        @Test
        void getsItsStandardInputClosedSoReadingEndsAtOnce() {
            Result r = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> sh("cat; echo done", Duration.ofSeconds(15)));
            assertEquals(Outcome.EXITED, r.outcome());
            assertEquals("done\n", r.stdout());
        }

        @Test
        void receivesArgumentsAsTheyAreWithoutAShell() {
            Result r = ProcessExec.run(List.of("/bin/sh", "-c", "printf '%s|' \"$@\"", "sh", "a b", "$HOME", "//NoLogo"),
                    GENEROUS, StandardCharsets.UTF_8);
            assertEquals("a b|$HOME|//NoLogo|", r.stdout());
        }
    }

    @Nested
    class Decoding {
        @Test
        void decodesUtf8() {
            Result r = sh("printf '\\344\\270\\255\\346\\226\\207'", GENEROUS);
            assertEquals("中文", r.stdout());
        }

        @Test
        void decodesUtf16LittleEndianAsCscriptWritesWithSlashU() {
            Result r = ProcessExec.run(List.of("/bin/sh", "-c", "printf 'O\\000K\\000\\055\\116'"), GENEROUS,
                    StandardCharsets.UTF_16LE);
            assertEquals("OK中", r.stdout());
        }
    }

    @Nested
    class LargeOutput {
        @Test
        void fillsBothPipesAtOnceWithoutDeadlock() {
            // Far beyond a pipe buffer on both streams: reading one stream after the other would hang.
            String script = "head -c 3000000 /dev/zero | tr '\\000' a; head -c 3000000 /dev/zero | tr '\\000' b >&2;"
                    + " head -c 3000000 /dev/zero | tr '\\000' c";
            Result r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> sh(script, Duration.ofSeconds(50)));
            assertEquals(Outcome.EXITED, r.outcome());
            assertEquals(6_000_000, r.stdout().length());
            assertEquals(3_000_000, r.stderr().length());
            assertTrue(r.stdout().startsWith("aaa") && r.stdout().endsWith("ccc"));
            assertFalse(r.truncated());
        }

        @Test
        void cutsOutputBeyondTheCapButStillLetsTheProgramFinish() {
            int over = ProcessExec.MAX_CAPTURE_BYTES + 100_000;
            Result r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> sh("head -c " + over + " /dev/zero | tr '\\000' x; exit 4", Duration.ofSeconds(50)));
            assertEquals(Outcome.EXITED, r.outcome());
            assertEquals(4, r.exitCode());
            assertTrue(r.truncated());
            assertEquals(ProcessExec.MAX_CAPTURE_BYTES, r.stdout().length());
        }
    }

    @Nested
    class Timeout {
        @Test
        void killsTheProcessAndKeepsWhatItPrintedSoFar() {
            Result r = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> sh("echo started; sleep 60", Duration.ofMillis(3000)));
            assertEquals(Outcome.TIMED_OUT, r.outcome());
            assertEquals(-1, r.exitCode());
            assertEquals("started\n", r.stdout());
            assertFalse(r.problem().isEmpty());
        }

        @Test
        void killsTheWholeProcessTree(@TempDir Path dir) throws Exception {
            Path pidFile = dir.resolve("child.pid");
            // The shell starts a grandchild that would outlive it if only the shell were killed.
            String script = "sleep 120 & echo $! > '" + pidFile + "'; wait";
            Result r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> sh(script, Duration.ofSeconds(1)));
            assertEquals(Outcome.TIMED_OUT, r.outcome());
            long childPid = Long.parseLong(Files.readString(pidFile).trim());
            Optional<ProcessHandle> child = ProcessHandle.of(childPid);
            if (child.isPresent()) {
                child.get().onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            }
            assertFalse(ProcessHandle.of(childPid).map(ProcessHandle::isAlive).orElse(false),
                    "the grandchild sleep must have been killed");
        }
    }

    @Nested
    class AMissingProgram {
        @Test
        void givenByPathIsReportedNotThrown(@TempDir Path dir) {
            Result r = ProcessExec.run(List.of(dir.resolve("cscript.exe").toString(), "//NoLogo"), GENEROUS,
                    StandardCharsets.UTF_8);
            assertEquals(Outcome.NOT_FOUND, r.outcome());
            assertTrue(r.problem().contains("cscript.exe"));
            assertFalse(r.exited());
        }

        @Test
        void givenByNameIsReportedNotThrown() {
            Result r = ProcessExec.run(List.of("kmstray-no-such-program-4711"), GENEROUS, StandardCharsets.UTF_8);
            assertEquals(Outcome.NOT_STARTED, r.outcome());
        }
    }

    /** A bare name would be looked up through PATH (and on Windows the current folder first): a planted program. */
    @Nested
    class AProgramNotGivenByItsFullPath {
        @Test
        void isNotLookedUpAndNotStarted() {
            Result r = ProcessExec.run(List.of("sh", "-c", "echo ran"), GENEROUS, StandardCharsets.UTF_8);
            assertEquals(Outcome.NOT_STARTED, r.outcome());
            assertEquals("", r.stdout());
            assertTrue(r.problem().contains("full path"), r.problem());
        }

        @Test
        void norByARelativePath(@TempDir Path dir) {
            Result r = ProcessExec.run(List.of("bin/sh", "-c", "echo ran"), GENEROUS, StandardCharsets.UTF_8);
            assertEquals(Outcome.NOT_STARTED, r.outcome());
            assertEquals("", r.stdout());
        }

        @Test
        void thatIsNotExecutableIsReportedAsNotStarted(@TempDir Path dir) throws Exception {
            Path file = Files.writeString(dir.resolve("not-executable.sh"), "echo hi\n");
            Result r = ProcessExec.run(List.of(file.toString()), GENEROUS, StandardCharsets.UTF_8);
            assertEquals(Outcome.NOT_STARTED, r.outcome());
        }
    }

    @Nested
    class BadArguments {
        @Test
        void anEmptyCommandIsAProgrammingError() {
            assertThrows(IllegalArgumentException.class, () -> ProcessExec.run(List.of(), GENEROUS, StandardCharsets.UTF_8));
        }

        @Test
        void aZeroTimeoutIsAProgrammingError() {
            assertThrows(IllegalArgumentException.class,
                    () -> ProcessExec.run(List.of("true"), Duration.ZERO, StandardCharsets.UTF_8));
        }
    }
}
