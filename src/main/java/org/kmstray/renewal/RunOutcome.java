package org.kmstray.renewal;

import java.util.List;

/** The end of one activation step. */
public sealed interface RunOutcome {
    /** The step ran; each product has its result (a product the step did not report is simply absent). */
    record Completed(List<ProductActivation> results) implements RunOutcome {
        public Completed {
            results = List.copyOf(results);
        }
    }

    /** The user declined the administrator prompt (ERROR_CANCELLED, 1223). Not an error. */
    record Cancelled() implements RunOutcome {
    }

    record Failed(RunFailure failure) implements RunOutcome {
        public Failed {
            if (failure == null) {
                throw new IllegalArgumentException("no failure");
            }
        }
    }

    static RunOutcome failed(RunFailure.Kind kind, String detail) {
        return new Failed(new RunFailure(kind, detail));
    }
}
