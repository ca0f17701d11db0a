package org.kmstray.ui.app;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Opens folders, web pages and programs the way the desktop does. Runs on the caller's thread, which must
 * not be the event thread: a desktop handler can take seconds.
 */
public final class ExternalOpener {
    /** What to start for the configured VPN client. */
    public sealed interface Target permits WebPage, Program {
    }

    public record WebPage(URI uri) implements Target {
    }

    public record Program(Path path) implements Target {
    }

    /** Why the VPN client setting cannot be started; each has its sentence in both languages ({0} is the setting). */
    public enum VpnClientProblem {
        NOT_SET("tray.error.vpnClientNotSet"),
        NO_HOST("tray.error.vpnClient.noHost"),
        NOT_PLAIN("tray.error.vpnClient.notPlain"),
        NOT_ABSOLUTE("tray.error.vpnClient.notAbsolute"),
        WRONG_TYPE("tray.error.vpnClient.type"),
        MISSING("tray.error.vpnClient.missing");

        private final String messageKey;

        VpnClientProblem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** The VPN client setting was refused; {@link #problem()} says why. */
    public static final class VpnClientRefused extends Exception {
        private final VpnClientProblem problem;

        public VpnClientRefused(VpnClientProblem problem, String setting) {
            super(problem + ": " + setting);
            this.problem = problem;
        }

        public VpnClientProblem problem() {
            return problem;
        }
    }

    /** The files a VPN client setting may name: a program, a shortcut, a ClickOnce application reference. */
    static final List<String> PROGRAM_TYPES = org.kmstray.settings.SettingKeys.VPN_CLIENT_TYPES;

    /**
     * The VPN client setting as something to start: an http(s) address, or the absolute path of an existing
     * program ({@code .exe}, started directly without a shell or arguments) or shortcut ({@code .lnk},
     * {@code .appref-ms}, opened by the desktop). Anything else is refused: relative paths, other URI
     * schemes, quotes, arguments, and every other file type, since the desktop's "open" would run a
     * {@code .bat}, {@code .cmd}, {@code .vbs}, {@code .js}, {@code .hta}, {@code .scr} or {@code .msi}.
     * Looks at the file system: call off the event thread.
     *
     * @throws VpnClientRefused with the reason
     */
    public static Target vpnClient(String setting) throws VpnClientRefused {
        String s = setting == null ? "" : setting.trim();
        if (s.isEmpty()) {
            throw new VpnClientRefused(VpnClientProblem.NOT_SET, s);
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            URI uri;
            try {
                uri = new URI(s);
            } catch (URISyntaxException e) {
                throw new VpnClientRefused(VpnClientProblem.NO_HOST, s);
            }
            if (uri.getHost() == null) {
                throw new VpnClientRefused(VpnClientProblem.NO_HOST, s);
            }
            return new WebPage(uri);
        }
        if (s.contains("\"") || s.chars().anyMatch(Character::isISOControl)) {
            throw new VpnClientRefused(VpnClientProblem.NOT_PLAIN, s);
        }
        Path p;
        try {
            p = Path.of(s);
        } catch (InvalidPathException e) {
            throw new VpnClientRefused(VpnClientProblem.NOT_PLAIN, s);
        }
        if (!p.isAbsolute()) {
            throw new VpnClientRefused(VpnClientProblem.NOT_ABSOLUTE, s);
        }
        if (p.getFileName() == null || PROGRAM_TYPES.stream().noneMatch(p.getFileName().toString().toLowerCase(Locale.ROOT)::endsWith)) {
            throw new VpnClientRefused(VpnClientProblem.WRONG_TYPE, s);
        }
        if (!Files.isRegularFile(p)) {
            throw new VpnClientRefused(VpnClientProblem.MISSING, s);
        }
        return new Program(p);
    }

    public void open(Target target) throws IOException {
        if (target instanceof WebPage w) {
            browse(w.uri());
        } else if (target instanceof Program p) {
            start(p.path());
        }
    }

    public void openFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            Desktop.getDesktop().open(folder.toFile());
            return;
        }
        fallback(folder.toString());
    }

    private static void browse(URI uri) throws IOException {
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            Desktop.getDesktop().browse(uri);
            return;
        }
        fallback(uri.toString());
    }

    private static void start(Path program) throws IOException {
        String name = program.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".exe")) {
            // No shell, no arguments: the path is the whole command line.
            new ProcessBuilder(List.of(program.toString())).directory(program.getParent().toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return;
        }
        if (!name.endsWith(".lnk") && !name.endsWith(".appref-ms")) {
            // vpnClient lets nothing else through; a Program made some other way must not reach the shell either.
            throw new IOException("not a program or shortcut: " + program.getFileName());
        }
        // A shortcut: the desktop knows how to follow it.
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            Desktop.getDesktop().open(program.toFile());
            return;
        }
        throw new IOException("the desktop cannot open " + program.getFileName());
    }

    /** xdg-open where AWT's Desktop is not available (many Linux desktops without GNOME libraries). */
    private static void fallback(String what) throws IOException {
        if (isWindows()) {
            throw new IOException("the desktop cannot open it");
        }
        // The system's own copy, never one found through PATH.
        Path xdgOpen = Path.of("/usr/bin/xdg-open");
        if (!Files.isExecutable(xdgOpen)) {
            throw new IOException("the desktop cannot open it: " + xdgOpen + " is missing");
        }
        Process p = new ProcessBuilder(List.of(xdgOpen.toString(), what)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() != 0) {
                throw new IOException("xdg-open exited with " + p.exitValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }
}
