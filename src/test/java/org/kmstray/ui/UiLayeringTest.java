package org.kmstray.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The windows and the tray stay out of Windows' APIs: registry and other native reads live in platform adapters. */
class UiLayeringTest {
    private static final Path UI = Path.of(System.getProperty("kmstray.project.dir", "."), "src", "main", "java", "org", "kmstray", "ui");

    @Test
    void noClassInUiImportsJnaOrAPlatformAdapter() throws IOException {
        try (Stream<Path> files = Files.walk(UI)) {
            List<String> offending = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(UiLayeringTest::importLines)
                    .filter(l -> l.contains(": import com.sun.jna") || l.contains(": import org.kmstray.platform"))
                    .toList();
            assertEquals(List.of(), offending);
        }
    }

    private static Stream<String> importLines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::trim).filter(l -> l.startsWith("import "))
                    .map(l -> UI.relativize(file) + ": " + l);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
