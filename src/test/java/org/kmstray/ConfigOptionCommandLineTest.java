package org.kmstray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmstray.CommandLineTest.Run;
import org.kmstray.network.LoopbackKmsResponder;
import org.kmstray.network.LoopbackKmsResponder.Mode;

/**
 * {@code --config FILE} names a file the user expects to be used: every command that takes it refuses to run,
 * with exit code 3 and a sentence, when the file is missing, unreadable or not a settings file.
 */
class ConfigOptionCommandLineTest {
    @TempDir
    Path dir;

    private Path sample() throws IOException {
        Path f = dir.resolve("session.txt");
        Files.writeString(f, "---Processing--------------------------\n---Exiting-----------------------------\n");
        return f;
    }

    /** Every command taking --config, in a form that would otherwise run (check-kms against loopback). */
    private List<List<String>> commands(int port) throws IOException {
        return List.of(List.of("status", "--demo"), List.of("diagnose", sample().toString()), List.of("network"),
                List.of("check-kms", "127.0.0.1:" + port, "--timeout-ms", "2000"), List.of("renew", "--demo"));
    }

    private static Run run(List<String> command, String... more) {
        List<String> all = new ArrayList<>(command);
        all.addAll(List.of(more));
        return CommandLineTest.run(all.toArray(String[]::new));
    }

    @Nested
    class AMissingFile {
        @ParameterizedTest
        @ValueSource(strings = {"status", "diagnose", "network", "check-kms", "renew"})
        void stopsEveryCommandWithExitThree(String name) throws IOException {
            try (LoopbackKmsResponder r = LoopbackKmsResponder.start(Mode.BIND_ACK)) {
                List<String> command = commands(r.port()).stream().filter(c -> c.get(0).equals(name)).findFirst().orElseThrow();
                Run run = run(command, "--config", dir.resolve("missing.properties").toString(), "--lang", "en");
                assertEquals(3, run.exit(), run.out() + run.err());
                assertTrue(run.err().contains("The settings file " + dir.resolve("missing.properties") + " does not exist."), run.err());
                assertEquals("", run.out(), "nothing else ran");
                assertEquals(0, r.connections(), "nothing was sent");
            }
        }

        @Test
        void isExplainedInChinese() {
            Run run = CommandLineTest.run("status", "--demo", "--config", dir.resolve("missing.properties").toString(), "--lang", "zh-TW");
            assertEquals(3, run.exit());
            assertTrue(run.err().contains("找不到設定檔 " + dir.resolve("missing.properties")), run.err());
        }
    }

    @Nested
    class AFileThatCannotBeUsed {
        @Test
        void aFolderIsExitThree() {
            Run run = CommandLineTest.run("status", "--demo", "--config", dir.toString(), "--lang", "en");
            assertEquals(3, run.exit());
            assertTrue(run.err().contains("is a folder, not a settings file"), run.err());
        }

        @Test
        void binaryContentIsNotASettingsFile() throws IOException {
            Path f = dir.resolve("kms-tray.zip");
            Files.write(f, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 'k', '=', 'v', '\n'});
            Run run = CommandLineTest.run("status", "--demo", "--config", f.toString(), "--lang", "en");
            assertEquals(3, run.exit());
            assertTrue(run.err().contains("is not a KMS Tray settings file"), run.err());
        }

        @Test
        void aBrokenEscapeIsNotASettingsFile() throws IOException {
            Path f = dir.resolve("bad.properties");
            Files.write(f, new byte[] {'k', 'm', 's', '.', 'h', 'o', 's', 't', '=', '\\', 'u', '0', '0'});
            assertEquals(3, CommandLineTest.run("network", "--config", f.toString()).exit());
        }

        @Test
        void aFileWithNoKnownSettingAtAllIsTheWrongFile() throws IOException {
            Path f = dir.resolve("other.json");
            Files.writeString(f, "{\n  \"kms.host\": \"kms.example.edu\"\n}\n");
            Run run = CommandLineTest.run("status", "--demo", "--config", f.toString(), "--lang", "en");
            assertEquals(3, run.exit());
            assertTrue(run.err().contains("is not a KMS Tray settings file"), run.err());
        }
    }

    /** An unusable value falls back to the built-in, and the command says so instead of using it silently. */
    @Nested
    class AFileWithAnUnusableValue {
        private Path broken() throws IOException {
            Path f = dir.resolve("kms-tray.properties");
            Files.writeString(f, "warn.days=abc\nkms.port=99999\n", StandardCharsets.UTF_8);
            return f;
        }

        @Test
        void statusNamesTheWarningDays() throws IOException {
            Run run = CommandLineTest.run("status", "--demo", "--config", broken().toString(), "--lang", "en");
            assertEquals(1, run.exit(), "the built-in 30 days apply");
            assertTrue(run.err().contains("The setting warn.days has an unusable value \u201Cabc\u201D"), run.err());
        }

        @Test
        void diagnoseNamesTheWarningDays() throws IOException {
            Path sample = Files.writeString(dir.resolve("dstatus.txt"), "ERROR CODE: 0xC004F074\n");
            Run run = CommandLineTest.run("diagnose", sample.toString(), "--config", broken().toString(), "--lang", "en");
            assertEquals(2, run.exit());
            assertTrue(run.err().contains("warn.days"), run.err());
        }

        @Test
        void renewNamesThePortItDidNotUse() throws IOException {
            Run run = CommandLineTest.run("renew", "--demo", "--kms", "127.0.0.1", "--config", broken().toString(), "--lang", "en");
            assertTrue(run.err().contains("The setting kms.port has an unusable value \u201C99999\u201D"), run.err());
            assertTrue(run.err().contains("warn.days"), run.err());
        }
    }

    @Nested
    class AUsableFile {
        @Test
        void isUsedWithoutComplaint() throws IOException {
            Path f = dir.resolve("kms-tray.properties");
            Files.writeString(f, "# campus\nwarn.days=5\n", StandardCharsets.UTF_8);
            Run run = CommandLineTest.run("status", "--demo", "--config", f.toString(), "--lang", "en");
            assertEquals(0, run.exit(), run.out() + run.err());
            assertEquals("", run.err());
        }

        @Test
        void anEmptyFileIsAnEmptyPolicy() throws IOException {
            Path f = dir.resolve("kms-tray.properties");
            Files.writeString(f, "");
            assertEquals(1, CommandLineTest.run("status", "--demo", "--config", f.toString()).exit());
        }

        @Test
        void withoutConfigTheMissingDefaultFileStaysSilent() {
            Run run = CommandLineTest.run("status", "--demo", "--lang", "en");
            assertEquals(1, run.exit());
            assertFalse(run.err().contains("settings file"), run.err());
        }
    }
}
