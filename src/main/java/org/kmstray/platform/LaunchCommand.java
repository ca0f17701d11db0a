package org.kmstray.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command that starts the tray app at login, with {@link #AUTOSTART} appended: the packaged launcher
 * "KMS Tray" (even when the current process is the kmstray command-line launcher beside it), else the
 * running jar with this Java runtime. Empty when neither exists (classes run from a build folder).
 */
public final class LaunchCommand {
    /** Tells the app it was started at login, so it can honour the user's opt-out at once. */
    public static final String AUTOSTART = "--autostart";
    /** The tray launcher's file name without extension, as jpackage names it. */
    static final String TRAY_LAUNCHER = "KMS Tray";

    private LaunchCommand() {
    }

    /** The command for the running app, read from jpackage's {@code jpackage.app-path} or the jar's location. */
    public static Optional<List<String>> current(boolean windows) {
        Path jar = null;
        try {
            jar = Path.of(LaunchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            // No code source (an unusual class loader): only a packaged launcher can be named.
        }
        return of(System.getProperty("jpackage.app-path"), jar, Path.of(System.getProperty("java.home")), windows);
    }

    /**
     * @param appPath the launcher jpackage started this process from, or null
     * @param jar where the app's classes were loaded from, or null
     */
    static Optional<List<String>> of(String appPath, Path jar, Path javaHome, boolean windows) {
        List<String> command = new ArrayList<>();
        if (appPath != null && !appPath.isBlank()) {
            command.add(Path.of(appPath).resolveSibling(TRAY_LAUNCHER + (windows ? ".exe" : "")).toString());
        } else if (jar != null && jar.getFileName() != null && jar.getFileName().toString().endsWith(".jar") && !Files.isDirectory(jar)
                && Files.isRegularFile(java(javaHome, windows))) {
            command.add(java(javaHome, windows).toString());
            command.add("-jar");
            command.add(jar.toString());
        } else {
            return Optional.empty();
        }
        command.add(AUTOSTART);
        return Optional.of(List.copyOf(command));
    }

    /** javaw on Windows: no console window at login. A jlink'd runtime without native commands has neither. */
    private static Path java(Path javaHome, boolean windows) {
        return javaHome.resolve("bin").resolve(windows ? "javaw.exe" : "java");
    }
}
