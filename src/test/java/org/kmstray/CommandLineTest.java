package org.kmstray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmstray.cli.Cli;
import org.kmstray.testing.InMemoryPreferences;

/** The command line through the same wiring the jar uses, with a fixed clock and in-memory preferences. */
class CommandLineTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T04:00:00Z"), ZoneOffset.UTC);

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        return runWithInput(new byte[0], args);
    }

    static Run runWithInput(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InMemoryPreferences prefs = new InMemoryPreferences();
        AppEnvironment env = new AppEnvironment(CLOCK, () -> prefs);
        int code = new Cli(env, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin)).run(List.of(args));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Nested
    class StatusInDemoMode {
        @Test
        void twelveDaysLeftIsExpiringWithExitCodeOne() {
            Run r = run("status", "--demo", "--lang", "en");
            assertEquals(1, r.exit());
            assertTrue(r.out().contains("Office 2019 Professional Plus: activated, 12 days left (expires Dec 8, 2026)."), r.out());
            assertTrue(r.out().contains("Demo mode"), r.out());
        }

        @Test
        void speaksTraditionalChinese() {
            Run r = run("--lang", "zh-TW", "status", "--demo");
            assertTrue(r.out().contains("已啟用，剩 12 天（2026/12/08 到期）"), r.out());
            assertTrue(r.out().contains("結束代碼 1"), r.out());
        }

        @Test
        void moreDaysThanTheWarningIsOk() {
            assertEquals(0, run("status", "--demo", "--demo-days", "90").exit());
            assertEquals(1, run("status", "--demo", "--demo-days", "90", "--warn-days", "90").exit());
        }

        @Test
        void anExpiredActivationIsAProblem() {
            Run r = run("status", "--demo-days", "0", "--lang", "en");
            assertEquals(2, r.exit());
            assertTrue(r.out().contains("grace period"), r.out());
        }

        @Test
        void jsonHasTheDocumentedShape() {
            Run r = run("status", "--demo", "--json");
            assertEquals(1, r.exit());
            String j = r.out();
            for (String field : List.of("\"source\": \"demo\"", "\"readAt\": \"2026-11-26T04:00:00Z\"", "\"products\": [",
                    "\"skuId\": \"85dd8b5f-eaa4-4af3-a628-cce9e77c9a03\"", "\"application\": \"OFFICE\"", "\"kmsClient\": true",
                    "\"channel\": \"VOLUME_KMSCLIENT\"", "\"status\": \"LICENSED\"", "\"statusReason\": \"0x4004F040\"",
                    "\"remainingMinutes\": 17717", "\"daysLeft\": 12", "\"expiresAt\": \"2026-12-08T11:17:00Z\"",
                    "\"partialKey\": \"6MWKP\"", "\"kmsHost\": null", "\"kmsPort\": null", "\"activation\": null", "\"errors\": []")) {
                assertTrue(j.contains(field), field + " in " + j);
            }
            assertTrue(j.chars().allMatch(c -> c < 0x7f), "JSON is pure ASCII");
        }
    }

    @Nested
    class StatusOffWindows {
        @Test
        void saysThisIsNotWindowsAndPointsToDemo() {
            org.junit.jupiter.api.Assumptions.assumeFalse(System.getProperty("os.name").startsWith("Windows"));
            Run r = run("status", "--lang", "en");
            assertEquals(3, r.exit());
            assertTrue(r.out().contains("--demo"), r.out());
        }
    }

    @Nested
    class BadCommandLines {
        @Test
        void unknownCommandIsExitThreeWithASentence() {
            Run r = run("frobnicate", "--lang", "en");
            assertEquals(3, r.exit());
            assertTrue(r.err().contains("There is no command \u201Cfrobnicate\u201D."), r.err());
        }

        @Test
        void unknownOptionIsExitThreeInChinese() {
            Run r = run("status", "--bogus", "--lang", "zh-TW");
            assertEquals(3, r.exit());
            assertTrue(r.err().contains("沒有 --bogus 這個選項。"), r.err());
        }

        @Test
        void outOfRangeNumbersAreRefused() {
            Run r = run("status", "--demo", "--warn-days", "-5", "--lang", "en");
            assertEquals(3, r.exit());
            assertFalse(r.err().contains("Exception"), r.err());
        }

        @Test
        void anUnknownLanguageIsRefused() {
            assertEquals(3, run("status", "--lang", "fr").exit());
        }
    }

    @Nested
    class Help {
        @Test
        void listsEveryCommandInBothLanguages() {
            Run en = run("--help", "--lang", "en");
            Run zh = run("--help", "--lang", "zh-TW");
            assertEquals(0, en.exit());
            for (var c : org.kmstray.cli.Commands.all()) {
                assertTrue(en.out().contains(c.name()), c.name());
                assertTrue(zh.out().contains(c.name()), c.name());
            }
            assertTrue(zh.out().contains("結束代碼"), zh.out());
        }
    }

    @Nested
    class Diagnose {
        @TempDir
        Path dir;

        @Test
        void aMissingFileIsExitThree() {
            Run r = run("diagnose", dir.resolve("none.txt").toString(), "--lang", "en");
            assertEquals(3, r.exit());
            assertTrue(r.err().contains("does not exist"), r.err());
        }

        @Test
        void textThatIsNotScriptOutputIsExitThree() throws Exception {
            Path f = dir.resolve("notes.txt");
            Files.writeString(f, "hello world\nnothing to see\n");
            assertEquals(3, run("diagnose", f.toString()).exit());
        }

        @Test
        void withoutAFileItAsksForOne() {
            Run r = run("diagnose", "--lang", "en");
            assertEquals(3, r.exit());
            assertTrue(r.err().contains("Name the file"), r.err());
        }
    }

    @Test
    void trayOptionsAloneStartTheTrayNotTheCommandLine() {
        assertFalse(Cli.isCommandLine(List.of()));
        assertFalse(Cli.isCommandLine(List.of("--demo", "--lang", "zh-TW")));
        assertTrue(Cli.isCommandLine(List.of("--lang", "en", "status")));
        assertTrue(Cli.isCommandLine(List.of("--help")));
    }
}
