package org.kmstray.cli;

import java.util.List;

/** One sub-command of {@code kms-tray.jar}. */
public interface Command {
    /** The word on the command line, e.g. {@code status}. */
    String name();

    /** Message key of the one-line synopsis shown by {@code --help}; the key plus {@code .usage} holds the syntax. */
    String summaryKey();

    /** Runs the command and returns the process exit code; problems are printed, never thrown. */
    int run(CliContext context, List<String> words) throws UsageException;
}
