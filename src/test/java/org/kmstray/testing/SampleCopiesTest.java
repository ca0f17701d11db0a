package org.kmstray.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SampleCopiesTest {
    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void everyCopyNamesItsSourceOnLineOne() throws IOException {
        List<String> names = names(Samples.directory());
        assertTrue(names.size() >= 15, "captures: " + names);
        for (String n : names) {
            assertTrue(Files.readAllLines(Samples.file(n)).get(0).startsWith("# source: "), n);
        }
    }

    @Test
    void theCopiesAreTheSharedCapturesByteForByte() throws IOException {
        Path shared = Samples.sharedOriginals();
        assumeTrue(Files.isDirectory(shared), "the shared captures are not beside this checkout");
        assertEquals(names(shared), names(Samples.directory()));
        for (String n : names(shared)) {
            assertArrayEquals(Files.readAllBytes(shared.resolve(n)), Files.readAllBytes(Samples.file(n)), n);
        }
    }
}
