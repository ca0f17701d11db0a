package org.kmstray.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchCommandTest {
    @Nested
    class APackagedApp {
        @Test
        void startsTheTrayLauncherBesideTheCommandLineLauncherOnLinux() {
            assertEquals(Optional.of(List.of("/opt/kms-tray/bin/KMS Tray", "--autostart")),
                    LaunchCommand.of("/opt/kms-tray/bin/kmstray", null, Path.of("/jdk"), false));
        }

        @Test
        void startsTheTrayExeOnWindows() {
            String launcher = Path.of("C:\\Program Files\\KMS Tray\\kmstray.exe").resolveSibling("KMS Tray.exe").toString();
            assertEquals(Optional.of(List.of(launcher, "--autostart")),
                    LaunchCommand.of("C:\\Program Files\\KMS Tray\\kmstray.exe", null, Path.of("/jdk"), true));
        }
    }

    @Nested
    class AJar {
        private Path runtime(Path dir, String java) throws Exception {
            Path home = dir.resolve("jdk");
            Files.createDirectories(home.resolve("bin"));
            Files.createFile(home.resolve("bin").resolve(java));
            return home;
        }

        @Test
        void startsTheJarWithThisRuntime(@TempDir Path dir) throws Exception {
            Path jar = Files.createFile(dir.resolve("kms-tray.jar"));
            Path home = runtime(dir, "java");
            assertEquals(Optional.of(List.of(home.resolve("bin/java").toString(), "-jar", jar.toString(), "--autostart")),
                    LaunchCommand.of(null, jar, home, false));
        }

        @Test
        void usesJavawOnWindowsSoNoConsoleOpensAtLogin(@TempDir Path dir) throws Exception {
            Path jar = Files.createFile(dir.resolve("kms-tray.jar"));
            assertTrue(LaunchCommand.of(null, jar, runtime(dir, "javaw.exe"), true).orElseThrow().get(0).endsWith("javaw.exe"));
        }

        @Test
        void aRuntimeWithoutItsJavaCommandCannotStartIt(@TempDir Path dir) throws Exception {
            Path jar = Files.createFile(dir.resolve("kms-tray.jar"));
            assertEquals(Optional.empty(), LaunchCommand.of(null, jar, dir.resolve("stripped-runtime"), false));
        }
    }

    @Test
    void classesFromABuildFolderCannotBeStartedAtLogin(@TempDir Path dir) {
        assertEquals(Optional.empty(), LaunchCommand.of(null, dir, Path.of("/jdk"), false));
        assertEquals(Optional.empty(), LaunchCommand.of("", null, Path.of("/jdk"), false));
    }
}
