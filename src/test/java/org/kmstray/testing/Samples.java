package org.kmstray.testing;

import java.nio.file.Path;

/** Where the real ospp.vbs / slmgr.vbs captures lie: the project's copies in {@code src/test/samples}. */
public final class Samples {
    private Samples() {
    }

    public static Path directory() {
        return Path.of(System.getProperty("kmstray.project.dir", "."), "src", "test", "samples");
    }

    public static Path file(String name) {
        return directory().resolve(name);
    }

    /** The shared originals the copies come from, present beside the project in its development checkout. */
    public static Path sharedOriginals() {
        return Path.of(System.getProperty("kmstray.shared.dir",
                Path.of(System.getProperty("kmstray.project.dir", "."), "..", "shared").toString()), "reference", "samples");
    }
}
