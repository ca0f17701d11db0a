package org.kmstray.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.kmstray.settings.Autostart;

/**
 * Start at login on Linux desktops: an entry in {@code $XDG_CONFIG_HOME/autostart} (freedesktop.org Desktop
 * Application Autostart Specification), {@code ~/.config/autostart/kms-tray.desktop} by default.
 */
public final class XdgAutostart implements Autostart {
    static final String FILE_NAME = "kms-tray.desktop";

    private final Path file;
    private final List<String> command;

    /** @param configHome {@code $XDG_CONFIG_HOME}, usually {@code ~/.config} */
    public XdgAutostart(Path configHome, List<String> command) {
        this.file = configHome.resolve("autostart").resolve(FILE_NAME);
        this.command = List.copyOf(command);
    }

    /** $XDG_CONFIG_HOME when set to an absolute path (as the specification demands), else ~/.config. */
    public static Path configHome(String xdgConfigHome, String userHome) {
        if (xdgConfigHome != null && !xdgConfigHome.isBlank() && Path.of(xdgConfigHome).isAbsolute()) {
            return Path.of(xdgConfigHome);
        }
        return Path.of(userHome, ".config");
    }

    public Path file() {
        return file;
    }

    @Override
    public boolean isSupported() {
        return true;
    }

    /** On when the entry exists and neither hides nor disables itself (a desktop may do either instead of deleting it). */
    @Override
    public boolean isEnabled() {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.stream().map(l -> l.replace(" ", "").toLowerCase(Locale.ROOT))
                    .noneMatch(l -> l.equals("hidden=true") || l.equals("x-gnome-autostart-enabled=false"));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void setEnabled(boolean enabled) throws AutostartException {
        try {
            if (enabled) {
                Files.createDirectories(file.getParent());
                Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
                Files.writeString(tmp, entry(), StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } else {
                Files.deleteIfExists(file);
            }
        } catch (IOException | RuntimeException e) {
            throw new AutostartException("settings.ui.autostart.failed.file", new Object[] {file.toString()},
                    "start at login could not be turned " + (enabled ? "on" : "off") + " (" + file + "): " + e, e);
        }
    }

    String entry() {
        return "[Desktop Entry]\n"
                + "Type=Application\n"
                + "Name=KMS Tray\n"
                + "Comment=Keeps the campus KMS activation of Windows and Office alive\n"
                + "Comment[zh_TW]=\u8b93 Windows \u8207 Office \u7684\u6821\u5712 KMS \u555f\u7528\u4fdd\u6301\u6709\u6548\n"
                + "Exec=" + exec(command) + "\n"
                + "Terminal=false\n"
                + "X-GNOME-Autostart-enabled=true\n";
    }

    /**
     * The Exec key's quoting: an argument with reserved characters goes in double quotes, inside which ",
     * `, $ and \ take a backslash; then the whole value gets the string escaping of desktop files (\ as \\).
     * A literal % is written %%.
     */
    static String exec(List<String> args) {
        return args.stream().map(XdgAutostart::quote).collect(Collectors.joining(" "));
    }

    private static String quote(String arg) {
        String a = arg.replace("%", "%%");
        if (!a.isEmpty() && a.chars().noneMatch(c -> " \t\n\"'\\><~|&;$*?#()`".indexOf(c) >= 0)) {
            return a;
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : a.toCharArray()) {
            if (c == '"' || c == '`' || c == '$' || c == '\\') {
                b.append('\\');
            }
            b.append(c);
        }
        b.append('"');
        return b.toString().replace("\\", "\\\\");
    }
}
