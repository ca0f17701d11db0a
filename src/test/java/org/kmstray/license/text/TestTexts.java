package org.kmstray.license.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads the shared real captures and this module's documented-format fixtures, without their source line. */
final class TestTexts {
    private TestTexts() {
    }

    static Path samplesDirectory() {
        return org.kmstray.testing.Samples.directory();
    }

    static List<String> sampleNames() throws IOException {
        try (Stream<Path> files = Files.list(samplesDirectory())) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        }
    }

    /** A shared sample as its author pasted it: line 1 ("# source: …") is ours, not the capture's. */
    static String sample(String name) throws IOException {
        return withoutSourceLine(Files.readString(samplesDirectory().resolve(name), StandardCharsets.UTF_8));
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = TestTexts.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IOException("missing fixture " + name);
            }
            return withoutSourceLine(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static String withoutSourceLine(String text) {
        if (!text.startsWith("# source:")) {
            throw new IllegalStateException("line 1 must be the # source: line");
        }
        int eol = text.indexOf('\n');
        return eol < 0 ? "" : text.substring(eol + 1);
    }
}
