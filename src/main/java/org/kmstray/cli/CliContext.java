package org.kmstray.cli;

import java.io.PrintStream;
import org.kmstray.i18n.Messages;

/** Where a command writes, in which language, and what it may use. */
public record CliContext(PrintStream out, PrintStream err, Messages messages, CliEnvironment environment, java.io.InputStream in) {
    /** Prints a sentence of the bundle to the error stream. */
    public void error(String key, Object... args) {
        err.println(messages.get(key, args));
    }
}
