package org.kmstray.platform;

import com.sun.jna.Platform;
import java.util.List;
import java.util.Optional;
import org.kmstray.platform.windows.JnaRegistryReader;
import org.kmstray.platform.windows.JnaRegistryWriter;
import org.kmstray.platform.windows.RunKeyAutostart;
import org.kmstray.settings.Autostart;

/** Start at login for this PC: the Run key on Windows, an XDG autostart entry on Linux, none elsewhere. */
public final class Autostarts {
    private Autostarts() {
    }

    public static Autostart forThisPc() {
        Optional<List<String>> command = LaunchCommand.current(Platform.isWindows());
        if (command.isEmpty()) {
            return Autostart.UNSUPPORTED;
        }
        if (Platform.isWindows()) {
            return new RunKeyAutostart(new JnaRegistryReader(), new JnaRegistryWriter(), command.get());
        }
        if (Platform.isLinux()) {
            return new XdgAutostart(XdgAutostart.configHome(System.getenv("XDG_CONFIG_HOME"), System.getProperty("user.home")),
                    command.get());
        }
        return Autostart.UNSUPPORTED;
    }
}
