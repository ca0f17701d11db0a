package org.kmstray;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kmstray.cli.Cli;

/** Entry point: a sub-command runs the command line; no sub-command starts the tray app. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        List<String> list = List.of(args);
        AppEnvironment environment = new AppEnvironment();
        if (Cli.isCommandLine(list)) {
            quietConsoleLogging();
            Charset cs = consoleCharset();
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, cs);
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, cs);
            int code = new Cli(environment, out, err, System.in).run(list);
            System.exit(code);
        }
        TrayLauncher.launch(environment, list);
    }

    /** Library chatter (e.g. the preferences store's INFO lines) must not mix into command output. */
    private static void quietConsoleLogging() {
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        for (java.util.logging.Handler h : root.getHandlers()) {
            h.setLevel(java.util.logging.Level.SEVERE);
        }
    }

    /**
     * The console's charset, except where it cannot show Chinese at all (a POSIX locale's ASCII): then
     * UTF-8, which every modern terminal shows.
     */
    static Charset consoleCharset() {
        String name = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        Charset cs = Charset.defaultCharset();
        if (name != null && Charset.isSupported(name)) {
            cs = Charset.forName(name);
        }
        return cs.newEncoder().canEncode("繁體中文") ? cs : StandardCharsets.UTF_8;
    }
}
