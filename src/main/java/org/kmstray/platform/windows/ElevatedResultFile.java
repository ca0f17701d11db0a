package org.kmstray.platform.windows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Set;

/**
 * The user side of the elevated step's result channel: {@code <Windows>\Temp\KmsTray-<token>\result.txt},
 * created by the elevated script (see {@code activate.ps1}). Read once, after the elevated process has
 * exited, without following a link at either level: a planted symbolic link, junction or other reparse
 * point, or an oversized file, is treated as no result.
 */
final class ElevatedResultFile {
    static final String DIRECTORY_PREFIX = "KmsTray-";
    static final String FILE_NAME = "result.txt";
    /** Far above a real result (a few lines per product). */
    static final int MAX_BYTES = 256 * 1024;

    private ElevatedResultFile() {
    }

    static Path directory(Path windowsDirectory, String token) {
        if (!ArgumentRules.isGuid(token)) {
            throw new IllegalArgumentException("not a token: " + token);
        }
        return windowsDirectory.resolve("Temp").resolve(DIRECTORY_PREFIX + token);
    }

    static Optional<String> read(Path windowsDirectory, String token) {
        Path dir = directory(windowsDirectory, token);
        Path file = dir.resolve(FILE_NAME);
        try {
            BasicFileAttributes d = Files.readAttributes(dir, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            // On Windows a junction is a directory that is also "other" (a reparse point).
            if (!d.isDirectory() || d.isSymbolicLink() || d.isOther()) {
                return Optional.empty();
            }
            BasicFileAttributes f = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!f.isRegularFile() || f.isSymbolicLink() || f.isOther() || f.size() > MAX_BYTES) {
                return Optional.empty();
            }
            try (SeekableByteChannel ch = Files.newByteChannel(file, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
                ByteBuffer buf = ByteBuffer.allocate(MAX_BYTES + 1);
                while (buf.hasRemaining() && ch.read(buf) >= 0) {
                    // read until the end or past the limit
                }
                if (buf.position() > MAX_BYTES) {
                    return Optional.empty();
                }
                return Optional.of(new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8));
            }
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }
}
