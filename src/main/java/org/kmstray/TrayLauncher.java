package org.kmstray;

import java.util.List;

/** Starts the tray app with the platform's services. */
final class TrayLauncher {
    private TrayLauncher() {
    }

    static void launch(AppEnvironment environment, List<String> args) {
        System.err.println("KMS Tray: the tray app is not part of this build yet; see --help for the commands.");
        System.exit(3);
    }
}
