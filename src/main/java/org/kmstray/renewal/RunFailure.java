package org.kmstray.renewal;

/**
 * Why an activation step gave no per-product results.
 *
 * @param detail a short technical note for diagnostics (e.g. "exit code 3"); shown only next to the
 *               sentence of {@link Kind#messageKey()}
 */
public record RunFailure(Kind kind, String detail) {
    public enum Kind {
        /** The step did not finish in time; it was stopped. */
        TIMEOUT("renewal.failure.timeout"),
        /** The step ended with an exit code that means failure. */
        EXIT_CODE("renewal.failure.exitCode"),
        /** The step finished but its result could not be read or understood. */
        UNREADABLE_RESULT("renewal.failure.unreadableResult"),
        /** The step cannot run here (no Windows, program missing, the administrator prompt could not be shown). */
        UNAVAILABLE("renewal.failure.unavailable");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }

        /** A sentence taking the detail as {0}. */
        public String messageKey() {
            return messageKey;
        }
    }

    public RunFailure {
        if (kind == null) {
            throw new IllegalArgumentException("no kind");
        }
        detail = detail == null ? "" : detail;
    }
}
