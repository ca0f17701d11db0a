package org.kmstray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The app image that installer/build.sh made in Maven's pre-integration-test phase: its launcher starts
 * with the jlink'd runtime and the JVM options, and answers like the jar does. CI sets
 * KMSTRAY_REQUIRE_APP_IMAGE=1 so a missing image fails there instead of skipping.
 */
class AppImageIT {
    static Path project;
    static Path image;

    @BeforeAll
    static void findImage() throws IOException {
        project = Path.of(System.getProperty("kmstray.project.dir", "."));
        image = project.resolve("target/installer/KMS Tray");
        boolean required = "1".equals(System.getenv("KMSTRAY_REQUIRE_APP_IMAGE"));
        if (!Files.isDirectory(image)) {
            String why = "no app image at " + image + ": installer/build.sh did not build it (see its message in the"
                    + " Maven output: it needs a JDK 17+ with jlink and jpackage, and binutils for objcopy)";
            if (required) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        long bytes;
        try (Stream<Path> files = Files.walk(image)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf("App image %s: %.1f MB (%d bytes)%n", image, bytes / 1_048_576.0, bytes);
    }

    private static List<String> listFile(String name) throws IOException {
        return Files.readAllLines(project.resolve("installer").resolve(name)).stream()
                .map(l -> l.replaceAll("#.*", "").trim()).filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void theCommandLineLauncherAnswersStatusForTheDemoPcAsJson() throws Exception {
        Process p = new ProcessBuilder(image.resolve("bin/kmstray").toString(), "status", "--demo", "--json")
                .redirectErrorStream(false).start();
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("the launcher did not finish within 60 s");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), "EXPIRING is exit code 1; stderr: " + err);
        assertTrue(out.contains("\"source\": \"demo\""), out);
        assertTrue(out.contains("\"name\": \"Office 19, Office19ProPlus2019VL_KMS_Client_AE edition\""), out);
        assertTrue(out.contains("\"name\": \"Office 19, Office19VisioPro2019VL_KMS_Client_AE edition\""), out);
        Matcher days = Pattern.compile("\"daysLeft\": (\\d+)").matcher(out);
        List<String> found = days.results().map(m -> m.group(1)).toList();
        assertEquals(List.of("12", "12"), found, out);
        assertTrue(out.contains("\"verdict\": \"EXPIRING\""), out);
    }

    @Test
    void theTrayLauncherIsThere() {
        assertTrue(Files.isExecutable(image.resolve("bin/KMS Tray")));
    }

    @Test
    void theRuntimeHoldsExactlyTheListedModules() throws IOException {
        String release = Files.readString(image.resolve("lib/runtime/release"));
        Matcher m = Pattern.compile("(?m)^MODULES=\"([^\"]*)\"").matcher(release);
        assertTrue(m.find(), release);
        Set<String> modules = new TreeSet<>(Arrays.asList(m.group(1).split(" ")));
        assertEquals(closure(listFile("jlink-modules.txt")), modules, "the listed modules and what they require, nothing else");
    }

    /** The modules jlink adds: the listed ones and, transitively, those they require (static requires excepted). */
    private static Set<String> closure(List<String> roots) {
        Set<String> out = new TreeSet<>();
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!out.add(name)) {
                continue;
            }
            java.lang.module.ModuleFinder.ofSystem().find(name).orElseThrow(() -> new AssertionError("no module " + name))
                    .descriptor().requires().stream()
                    .filter(r -> !r.modifiers().contains(java.lang.module.ModuleDescriptor.Requires.Modifier.STATIC))
                    .forEach(r -> todo.push(r.name()));
        }
        return out;
    }

    private static List<String> launcherOptions(String launcher) throws IOException {
        List<String> cfg = Files.readAllLines(image.resolve("lib/app/" + launcher + ".cfg"));
        return cfg.stream().filter(l -> l.startsWith("java-options=")).map(l -> l.substring("java-options=".length()))
                .filter(o -> !o.startsWith("-Djpackage.app-version")).collect(Collectors.toList());
    }

    @Test
    void theCommandLineLauncherCarriesTheJvmOptionsOfTheOptionsFile() throws IOException {
        assertEquals(listFile("jvm-options.txt"), launcherOptions("kmstray"));
    }

    @Test
    void theTrayLauncherCarriesTheJvmOptionsAndTheAppClassArchive() throws IOException {
        List<String> wanted = new java.util.ArrayList<>(listFile("jvm-options.txt"));
        wanted.add("-XX:SharedArchiveFile=$APPDIR/kms-tray.jsa");
        wanted.add("-Xlog:cds*=off");
        assertEquals(wanted, launcherOptions("KMS Tray"));
    }

    @Test
    void theImageHoldsTheRuntimeAndAppClassArchives() {
        assertTrue(Files.isRegularFile(image.resolve("lib/runtime/lib/server/classes.jsa")), "the runtime's own archive");
        assertTrue(image.resolve("lib/app/kms-tray.jsa").toFile().length() > 1_000_000, "the app's class archive");
    }

    @Test
    void theTrayLauncherStartsWithItsClassArchiveAndPrintsNoArchiveWarning() throws Exception {
        Process p = new ProcessBuilder(image.resolve("bin/KMS Tray").toString(), "status", "--demo", "--json").start();
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("the launcher did not finish within 60 s");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), "EXPIRING is exit code 1; stderr: " + err);
        assertTrue(out.startsWith("{"), "JSON only, no JVM warning before it: " + out);
        assertTrue(out.contains("\"source\": \"demo\""), out);
        assertEquals("", err.strip(), "nothing on stderr");
    }

    @Test
    void itWritesTaiwaneseDatesAndNumbersAsTheFullJdkDoes() throws Exception {
        String jar = project.resolve("target/kms-tray.jar").toString();
        String full = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar,
                "status", "--demo", "--lang", "zh-TW"));
        String trimmed = run(List.of(image.resolve("bin/kmstray").toString(), "status", "--demo", "--lang", "zh-TW"));
        assertTrue(trimmed.contains("\u5269 12 \u5929"), trimmed);
        assertEquals(full, trimmed, "the runtime keeps the zh-TW locale data");
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(command + " did not finish within 60 s");
        }
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
