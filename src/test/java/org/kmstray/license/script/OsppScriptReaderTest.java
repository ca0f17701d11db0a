package org.kmstray.license.script;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmstray.i18n.Language;
import org.kmstray.i18n.Messages;
import org.kmstray.license.LicenseReading;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.Product;
import org.kmstray.license.Unreadable;

class OsppScriptReaderTest {
    private static final Instant NOW = Instant.parse("2026-03-02T08:15:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Path CSCRIPT = Path.of("C:\\Windows\\system32\\cscript.exe");
    private static final Path OSPP = Path.of("C:\\Program Files\\Microsoft Office\\Office16\\OSPP.VBS");
    private static final Product PROPLUS = Product.builder().name("Office 19, Office19ProPlus2019VL_KMS_Client_AE edition")
            .description("Office 19, VOLUME_KMSCLIENT channel").partialKey("6MWKP").remainingMinutes(259200L).build();

    /** The capture's text after its "# source:" line, as cscript //NoLogo would print it. */
    private static String capture(String name) throws IOException {
        Path file = org.kmstray.testing.Samples.file(name);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.substring(text.indexOf('\n') + 1);
    }

    /** Records what it was asked to run and answers with a fixed output. */
    private static final class FakeRunner implements CommandRunner {
        final CommandOutput output;
        List<String> command;
        Duration timeout;
        Charset charset;
        int runs;

        FakeRunner(CommandOutput output) {
            this.output = output;
        }

        @Override
        public CommandOutput run(List<String> command, Duration timeout, Charset charset) {
            this.command = command;
            this.timeout = timeout;
            this.charset = charset;
            runs++;
            return output;
        }
    }

    /** Stands in for ScriptOutputParser.parse, which lives with the text parsers: records the text it got. */
    private static final class FakeParser implements Function<String, LicenseReading> {
        final LicenseReading answer;
        final List<String> texts = new ArrayList<>();

        FakeParser(LicenseReading answer) {
            this.answer = answer;
        }

        @Override
        public LicenseReading apply(String text) {
            texts.add(text);
            return answer;
        }
    }

    private static FakeParser parsesProPlus() {
        return new FakeParser(new LicenseSnapshot("ospp.vbs", null, List.of(PROPLUS)));
    }

    private static OsppScriptReader reader(CommandRunner runner, FakeParser parser) {
        return new OsppScriptReader(runner, () -> CSCRIPT, () -> Optional.of(OSPP), parser, CLOCK);
    }

    private static Unreadable unreadable(LicenseReading r, String key) {
        Unreadable u = assertInstanceOf(Unreadable.class, r);
        assertEquals("ospp.vbs", u.source());
        assertEquals(key, u.messageKey());
        for (Language l : Language.values()) {
            String text = Messages.of(l).get(u.messageKey(), u.args());
            assertFalse(text.startsWith("!"), "missing text for " + key + " in " + l);
        }
        return u;
    }

    @Nested
    class TheCommand {
        @Test
        void runsOsppStatusThroughCscriptWithoutLogoInUnicodeWithAScriptTimeLimit() {
            FakeRunner runner = new FakeRunner(CommandOutput.exited(0, capture0()));
            reader(runner, parsesProPlus()).read();
            assertEquals(List.of(CSCRIPT.toString(), "//NoLogo", "//U", "//T:60", OSPP.toString(), "/dstatus"), runner.command);
        }

        @Test
        void decodesTheOutputAsUtf16LittleEndian() {
            FakeRunner runner = new FakeRunner(CommandOutput.exited(0, capture0()));
            reader(runner, parsesProPlus()).read();
            assertEquals(StandardCharsets.UTF_16LE, runner.charset);
        }

        @Test
        void allowsTheProcessLongerThanTheScriptsOwnLimit() {
            FakeRunner runner = new FakeRunner(CommandOutput.exited(0, capture0()));
            reader(runner, parsesProPlus()).read();
            assertTrue(runner.timeout.compareTo(Duration.ofSeconds(60)) > 0, runner.timeout.toString());
        }

        private String capture0() {
            try {
                return capture("ospp-dstatus-office2019-kms-zhcn-01.txt");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Nested
    class Output {
        @Test
        void isParsedAndStampedWithTheClock() throws IOException {
            // Source: samples/ospp-dstatus-office2019-kms-zhcn-01.txt, the text a /dstatus run prints.
            String text = capture("ospp-dstatus-office2019-kms-zhcn-01.txt");
            FakeParser parser = new FakeParser(new LicenseSnapshot("ospp.vbs", null, List.of(PROPLUS)));
            LicenseSnapshot s = assertInstanceOf(LicenseSnapshot.class,
                    reader(new FakeRunner(CommandOutput.exited(0, text)), parser).read());
            assertEquals(List.of(text), parser.texts);
            assertEquals("ospp.vbs", s.source());
            assertEquals(NOW, s.readAt());
            assertEquals(List.of(PROPLUS), s.products());
        }

        @Test
        void losesAByteOrderMarkBeforeParsing() throws IOException {
            String text = capture("ospp-dstatus-office2019-kms-zhcn-01.txt");
            FakeParser parser = new FakeParser(new LicenseSnapshot("ospp.vbs", null, List.of(PROPLUS)));
            reader(new FakeRunner(CommandOutput.exited(0, "\uFEFF" + text)), parser).read();
            assertEquals(List.of(text), parser.texts);
        }

        @Test
        void sayingNoKeyIsInstalledIsAnEmptyReadingNotAFailure() {
            // ospp.vbs MSG_NOKEYSINSTALLED (reference §2.2), between its fixed Processing/Exiting lines.
            String text = "---Processing--------------------------\r\n---------------------------------------\r\n"
                    + "<No installed product keys detected>\r\n---------------------------------------\r\n"
                    + "---Exiting-----------------------------\r\n";
            FakeParser parser = new FakeParser(new Unreadable("x", "diagnose.notScriptOutput", null));
            LicenseSnapshot s = assertInstanceOf(LicenseSnapshot.class,
                    reader(new FakeRunner(CommandOutput.exited(0, text)), parser).read());
            assertEquals(List.of(), s.products());
            assertEquals(NOW, s.readAt());
            assertEquals(List.of(), parser.texts, "nothing to parse");
        }

        @Test
        void thatTheParserDoesNotUnderstandIsSaidSo() {
            FakeParser parser = new FakeParser(new Unreadable("x", "diagnose.notScriptOutput", null));
            unreadable(reader(new FakeRunner(CommandOutput.exited(0, "Input Error: Unknown option \"//U\"")), parser).read(),
                    "read.script.notUnderstood");
        }

        @Test
        void thatMakesTheParserThrowIsSaidSo() {
            Function<String, LicenseReading> throwing = t -> {
                throw new IllegalStateException("boom");
            };
            OsppScriptReader r = new OsppScriptReader(new FakeRunner(CommandOutput.exited(0, "x")), () -> CSCRIPT,
                    () -> Optional.of(OSPP), throwing, CLOCK);
            unreadable(r.read(), "read.script.notUnderstood");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "  \r\n"})
        void thatIsEmptyIsNotUnderstood(String text) {
            FakeParser parser = new FakeParser(new LicenseSnapshot("ospp.vbs", null, List.of()));
            unreadable(reader(new FakeRunner(CommandOutput.exited(0, text)), parser).read(), "read.script.notUnderstood");
            assertEquals(List.of(), parser.texts);
        }
    }

    @Nested
    class WhenItCannotRun {
        @Test
        void withoutOsppVbsNothingIsStarted() {
            FakeRunner runner = new FakeRunner(CommandOutput.exited(0, ""));
            OsppScriptReader r = new OsppScriptReader(runner, () -> CSCRIPT, Optional::empty, parsesProPlus(), CLOCK);
            unreadable(r.read(), "read.script.osppNotFound");
            assertEquals(0, runner.runs);
        }

        @Test
        void aLocatorThatFailsCountsAsNotFound() {
            FakeRunner runner = new FakeRunner(CommandOutput.exited(0, ""));
            OsppScriptReader r = new OsppScriptReader(runner, () -> CSCRIPT, () -> {
                throw new UnsupportedOperationException("The registry needs Windows");
            }, parsesProPlus(), CLOCK);
            unreadable(r.read(), "read.script.osppNotFound");
        }

        @Test
        void withoutASystemDirectorySaysWhy() {
            FakeRunner runner = new FakeRunner(CommandOutput.exited(0, ""));
            OsppScriptReader r = new OsppScriptReader(runner, () -> {
                throw new UnsupportedOperationException("The Windows system directory exists only on Windows");
            }, () -> Optional.of(OSPP), parsesProPlus(), CLOCK);
            Unreadable u = unreadable(r.read(), "read.script.cscriptUnavailable");
            assertArrayEquals(new Object[] {"The Windows system directory exists only on Windows"}, u.args());
            assertEquals(0, runner.runs);
        }

        @Test
        void aMissingCscriptNamesThePathLookedAt() {
            Unreadable u = unreadable(reader(new FakeRunner(new CommandOutput(CommandOutput.Completion.NOT_FOUND, -1, "",
                    "program not found")), parsesProPlus()).read(), "read.script.cscriptUnavailable");
            assertArrayEquals(new Object[] {CSCRIPT.toString()}, u.args());
        }

        @Test
        void aCscriptThatCannotStartPassesOnTheReason() {
            Unreadable u = unreadable(reader(new FakeRunner(new CommandOutput(CommandOutput.Completion.NOT_STARTED, -1, "",
                    "CreateProcess error=5, Access is denied")), parsesProPlus()).read(), "read.script.notStarted");
            assertArrayEquals(new Object[] {"CreateProcess error=5, Access is denied"}, u.args());
        }

        @Test
        void aHangingScriptIsReportedWithTheTimeWaited() {
            Unreadable u = unreadable(reader(new FakeRunner(new CommandOutput(CommandOutput.Completion.TIMED_OUT, -1,
                    "---Processing--------------------------", "killed")), parsesProPlus()).read(), "read.script.timedOut");
            assertArrayEquals(new Object[] {"90"}, u.args());
            assertTrue(Messages.of(Language.TRADITIONAL_CHINESE).get(u.messageKey(), u.args()).contains("90 秒"));
        }

        @Test
        void aNonZeroExitIsTheScriptHostFailingEvenWithOutput() {
            FakeParser parser = new FakeParser(new LicenseSnapshot("ospp.vbs", null, List.of(PROPLUS)));
            Unreadable u = unreadable(reader(new FakeRunner(CommandOutput.exited(1, "---Processing---")), parser).read(),
                    "read.script.failed");
            assertArrayEquals(new Object[] {"1"}, u.args());
            assertEquals(List.of(), parser.texts);
        }
    }
}
