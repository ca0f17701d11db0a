package org.kmstray.ui.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The tray app's rolling log: five files of at most 1 MB in the log folder. It records what the app did
 * (checks, states, renewal outcomes, error codes), which is what a help desk needs; the products and the
 * network evidence appear there as in the diagnostics report, nothing about the user beyond that.
 */
public final class AppLog {
    public static final int LIMIT_BYTES = 1024 * 1024;
    public static final int FILES = 5;
    public static final String PATTERN = "kms-tray-%g.log";

    private AppLog() {
    }

    /**
     * Sends java.util.logging into the folder's files; empty (and logging to nowhere but the console's
     * warnings) when the folder cannot be written, which must not stop the app.
     */
    public static Optional<Handler> install(Path folder) {
        quietConsole();
        Logger root = Logger.getLogger("");
        try {
            Files.createDirectories(folder);
            FileHandler file = new FileHandler(folder.resolve(PATTERN).toString().replace("\\", "/"), LIMIT_BYTES, FILES, true);
            file.setEncoding("UTF-8");
            file.setFormatter(new LineFormatter());
            file.setLevel(Level.INFO);
            root.addHandler(file);
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            Logger.getLogger(AppLog.class.getName()).warning("The log folder " + folder + " cannot be written: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Lets only severe records through to the console: the app's own messages say what a user needs there. */
    public static void quietConsole() {
        for (Handler h : Logger.getLogger("").getHandlers()) {
            if (h instanceof ConsoleHandler) {
                h.setLevel(Level.SEVERE);
            }
        }
    }

    /** One line per record: time, level, logger, message, and a stack trace only for real failures. */
    static final class LineFormatter extends Formatter {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

        @Override
        public String format(LogRecord r) {
            StringBuilder b = new StringBuilder();
            b.append(TIME.format(Instant.ofEpochMilli(r.getMillis()))).append(' ').append(r.getLevel().getName()).append(' ')
                    .append(shortName(r.getLoggerName())).append(": ").append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                java.io.StringWriter w = new java.io.StringWriter();
                r.getThrown().printStackTrace(new java.io.PrintWriter(w));
                b.append(w);
            }
            return b.toString();
        }

        private static String shortName(String logger) {
            if (logger == null) {
                return "";
            }
            int dot = logger.lastIndexOf('.');
            return dot < 0 ? logger : logger.substring(dot + 1);
        }
    }
}
