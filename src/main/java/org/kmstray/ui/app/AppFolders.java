package org.kmstray.ui.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the tray app keeps its per-user files: the log and the single-instance lock.
 *
 * @param data the per-user folder ({@code %LOCALAPPDATA%\KMS Tray} on Windows, {@code $XDG_STATE_HOME/kms-tray}
 *             elsewhere)
 * @param logs the log folder ({@code <data>\logs} on Windows; the data folder itself elsewhere, as the XDG
 *             state folder is meant for logs)
 */
public record AppFolders(Path data, Path logs) {
    public static AppFolders forThisUser() {
        return of(System.getProperty("os.name", "").startsWith("Windows"), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public static AppFolders of(boolean windows, Map<String, String> env, Path home) {
        if (windows) {
            Path local = absolute(env.get("LOCALAPPDATA"));
            Path data = (local != null ? local : home.resolve("AppData").resolve("Local")).resolve("KMS Tray");
            return new AppFolders(data, data.resolve("logs"));
        }
        // The XDG spec says to ignore a relative path in the variable.
        Path state = absolute(env.get("XDG_STATE_HOME"));
        Path data = (state != null ? state : home.resolve(".local").resolve("state")).resolve("kms-tray");
        return new AppFolders(data, data);
    }

    private static Path absolute(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Path p = Path.of(value);
            return p.isAbsolute() ? p : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
