package org.kmstray.license.script;

/**
 * How a program run ended and what it printed to standard output.
 *
 * @param exitCode meaningful only for {@link Completion#EXITED}
 * @param detail a short technical note when it did not exit by itself (e.g. the start error), else ""
 */
public record CommandOutput(Completion completion, int exitCode, String stdout, String detail) {
    public enum Completion {
        EXITED,
        TIMED_OUT,
        /** The program file does not exist. */
        NOT_FOUND,
        /** It exists but could not be started. */
        NOT_STARTED
    }

    public CommandOutput {
        stdout = stdout == null ? "" : stdout;
        detail = detail == null ? "" : detail;
    }

    public static CommandOutput exited(int exitCode, String stdout) {
        return new CommandOutput(Completion.EXITED, exitCode, stdout, "");
    }
}
