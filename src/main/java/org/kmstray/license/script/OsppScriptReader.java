package org.kmstray.license.script;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.kmstray.license.LicenseReader;
import org.kmstray.license.LicenseReading;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.Unreadable;

/**
 * Reads the Office licenses by running {@code ospp.vbs /dstatus}: the fallback when WMI does not answer.
 * Runs as the signed-in user; {@code /dstatus} needs no administrator rights (licensing reference §1.4).
 *
 * <p>The command is {@code cscript.exe //NoLogo //U //T:60 <ospp.vbs> /dstatus}, with cscript.exe from
 * the system directory (never found through PATH, so a planted cscript.exe cannot run instead) and
 * ospp.vbs found through the registry. {@code //T:60} makes the script host end the script itself if a
 * message box of ospp.vbs would block it (reference §2.5); the process timeout here is a second net.
 *
 * <p>Encoding: {@code //U} makes cscript write UTF-16LE, which is decoded here. Without it cscript writes
 * the console's OEM code page (CP950 on zh-TW, CP866 on ru-RU, reference §2.4), which Java cannot learn
 * without a native call; with {@code //U} every byte means the same on every Windows language.
 *
 * <p>Messages of this reader say that WMI did not answer, because that is the only case it runs in.
 *
 * <p>Wiring (entry point, where the parsers are on the class path):
 * {@code new OsppScriptReader(new ProcessCommandRunner(), SystemPaths::cscript, new OsppLocator(...)::locate,
 * text -> ScriptOutputParser.parse(text, OsppScriptReader.SOURCE), clock)}.
 */
public final class OsppScriptReader implements LicenseReader {
    public static final String SOURCE = "ospp.vbs";
    /** How long the script host lets ospp.vbs run ({@code //T}). */
    static final int SCRIPT_TIMEOUT_SECONDS = 60;
    /** The process as a whole: the script's own limit plus time to start cscript and print. */
    static final Duration PROCESS_TIMEOUT = Duration.ofSeconds(SCRIPT_TIMEOUT_SECONDS + 30);
    static final Charset OUTPUT_CHARSET = StandardCharsets.UTF_16LE;
    /** ospp.vbs MSG_NOKEYSINSTALLED (Office16 "Version Info: 2016 1.0"): no Office product has a key. */
    static final String NO_KEYS_INSTALLED = "<No installed product keys detected>";

    private final CommandRunner runner;
    private final Supplier<Path> cscript;
    private final Supplier<Optional<Path>> osppScript;
    private final Function<String, LicenseReading> parser;
    private final Clock clock;

    /**
     * @param cscript the full path of cscript.exe; may throw where there is no system directory (off Windows)
     * @param osppScript where ospp.vbs is, if anywhere
     * @param parser turns /dstatus text into a reading (production: the ospp.vbs / slmgr.vbs text parser)
     */
    public OsppScriptReader(CommandRunner runner, Supplier<Path> cscript, Supplier<Optional<Path>> osppScript,
            Function<String, LicenseReading> parser, Clock clock) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.cscript = Objects.requireNonNull(cscript, "cscript");
        this.osppScript = Objects.requireNonNull(osppScript, "osppScript");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public static List<String> command(Path cscript, Path osppScript) {
        return List.of(cscript.toString(), "//NoLogo", "//U", "//T:" + SCRIPT_TIMEOUT_SECONDS, osppScript.toString(),
                "/dstatus");
    }

    @Override
    public LicenseReading read() {
        Optional<Path> script;
        try {
            script = osppScript.get();
        } catch (RuntimeException e) {
            script = Optional.empty();
        }
        if (script.isEmpty()) {
            return unreadable("read.script.osppNotFound");
        }
        Path host;
        try {
            host = cscript.get();
        } catch (RuntimeException e) {
            return unreadable("read.script.cscriptUnavailable", String.valueOf(e.getMessage()));
        }
        CommandOutput out = runner.run(command(host, script.get()), PROCESS_TIMEOUT, OUTPUT_CHARSET);
        switch (out.completion()) {
            case NOT_FOUND:
                return unreadable("read.script.cscriptUnavailable", host.toString());
            case NOT_STARTED:
                return unreadable("read.script.notStarted", out.detail());
            case TIMED_OUT:
                return unreadable("read.script.timedOut", String.valueOf(PROCESS_TIMEOUT.toSeconds()));
            case EXITED:
            default:
                break;
        }
        // ospp.vbs ends every scripted path with exit code 0 (reference §2.5); anything else is the script
        // host failing (script not found, engine disabled, //T limit reached with partial output).
        if (out.exitCode() != 0) {
            return unreadable("read.script.failed", String.valueOf(out.exitCode()));
        }
        return interpret(stripByteOrderMark(out.stdout()));
    }

    private LicenseReading interpret(String text) {
        if (text.contains(NO_KEYS_INSTALLED)) {
            return new LicenseSnapshot(SOURCE, clock.instant(), List.of());
        }
        LicenseReading parsed;
        try {
            parsed = text.isBlank() ? null : parser.apply(text);
        } catch (RuntimeException e) {
            parsed = null;
        }
        if (parsed instanceof LicenseSnapshot snapshot) {
            // Saved text has no time; this text was printed just now.
            return new LicenseSnapshot(SOURCE, clock.instant(), snapshot.products());
        }
        return unreadable("read.script.notUnderstood");
    }

    private static String stripByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Unreadable unreadable(String key, Object... args) {
        return new Unreadable(SOURCE, key, args);
    }
}
