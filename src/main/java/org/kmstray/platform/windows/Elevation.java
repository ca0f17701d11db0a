package org.kmstray.platform.windows;

import java.nio.file.Path;
import java.time.Duration;

/** Starts a program as administrator through the UAC prompt and waits for it. */
@FunctionalInterface
public interface Elevation {
    /** Never throws; off Windows the answer is {@link NotStarted}. */
    Exit runElevated(Path program, String parameters, Duration timeout);

    sealed interface Exit {
    }

    record Exited(int code) implements Exit {
    }

    /** The user declined the prompt (ERROR_CANCELLED, 1223). */
    record Cancelled() implements Exit {
    }

    /** Still running at the timeout; the wait was given up. */
    record TimedOut() implements Exit {
    }

    record NotStarted(String reason) implements Exit {
    }
}
