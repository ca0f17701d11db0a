package org.kmstray.platform.windows;

import java.time.Duration;
import java.util.List;

/**
 * Runs a program as the signed-in user and captures its standard output (decoded as UTF-8). Implemented
 * over the platform's process runner; its own interface so the activation runner is tested without one.
 */
@FunctionalInterface
public interface ScriptProcess {
    /** Never throws. */
    Captured run(List<String> command, Duration timeout);

    enum Ending {
        EXITED,
        TIMED_OUT,
        NOT_STARTED
    }

    record Captured(Ending ending, int exitCode, String stdout, String problem) {
        public static Captured exited(int code, String stdout) {
            return new Captured(Ending.EXITED, code, stdout, "");
        }
    }
}
