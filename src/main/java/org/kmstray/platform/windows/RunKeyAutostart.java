package org.kmstray.platform.windows;

import java.util.List;
import java.util.stream.Collectors;
import org.kmstray.settings.Autostart;

/**
 * Start at login through the Run key. When the MSI installed KMS Tray for every user it wrote the value
 * "KMS Tray" under HKLM's Run key; then nothing is written per user, and a user's "off" is the
 * {@code autostart} setting, which the app checks when it starts with {@code --autostart} (and exits at
 * once). Without that machine value (a copy outside the MSI) the user's own HKCU Run value is written or
 * removed.
 */
public final class RunKeyAutostart implements Autostart {
    static final String RUN_KEY = "Software\\Microsoft\\Windows\\CurrentVersion\\Run";
    static final String VALUE_NAME = "KMS Tray";

    private final RegistryReader machine;
    private final RegistryWriter user;
    private final String command;

    /** @param command the program and its arguments, e.g. the launcher and {@code --autostart} */
    public RunKeyAutostart(RegistryReader machine, RegistryWriter user, List<String> command) {
        this.machine = machine;
        this.user = user;
        this.command = commandLine(command);
    }

    /** Windows command-line quoting for the Run value: each part in quotes when it has spaces. */
    static String commandLine(List<String> parts) {
        return parts.stream().map(p -> p.contains(" ") || p.isEmpty() ? "\"" + p + "\"" : p).collect(Collectors.joining(" "));
    }

    /** Whether the MSI's machine-wide Run value starts the app for every user. */
    @Override
    public boolean isMachineWide() {
        return machine.localMachineString(RUN_KEY, VALUE_NAME, RegistryView.NATIVE_64).isPresent();
    }

    @Override
    public boolean isSupported() {
        return true;
    }

    @Override
    public boolean isEnabled() {
        return isMachineWide() || user.currentUserString(RUN_KEY, VALUE_NAME).isPresent();
    }

    @Override
    public void setEnabled(boolean enabled) throws AutostartException {
        try {
            if (enabled && !isMachineWide()) {
                user.setCurrentUserString(RUN_KEY, VALUE_NAME, command);
            } else {
                // Machine-wide: a per-user value would start a second copy at login.
                user.deleteCurrentUserValue(RUN_KEY, VALUE_NAME);
            }
        } catch (RuntimeException e) {
            throw new AutostartException("settings.ui.autostart.failed.runKey", new Object[] {"HKCU\\" + RUN_KEY},
                    "start at login could not be turned " + (enabled ? "on" : "off") + " in HKCU\\" + RUN_KEY + ": " + e.getMessage(), e);
        }
    }
}
