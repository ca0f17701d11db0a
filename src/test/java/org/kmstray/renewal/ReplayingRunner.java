package org.kmstray.renewal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.kmstray.license.LicenseReading;
import org.kmstray.license.text.ScriptOutputParser;

/**
 * A fake activation step that answers like ospp.vbs did in a shared capture: it replays the capture's
 * {@code /act} output through the real script-text parser. It can also hang past its timeout or exit
 * with an error, as a real step might.
 */
final class ReplayingRunner implements ActivationRunner {
    private final String capture;
    private final Behaviour behaviour;
    private final Consumer<ProductActivation> onSuccess;
    final List<Privilege> privileges = Collections.synchronizedList(new ArrayList<>());

    enum Behaviour {
        REPLAY,
        HANG,
        EXIT_NON_ZERO
    }

    private ReplayingRunner(String capture, Behaviour behaviour, Consumer<ProductActivation> onSuccess) {
        this.capture = capture;
        this.behaviour = behaviour;
        this.onSuccess = onSuccess;
    }

    /** Replays one of the real captures in src/test/samples (copies of shared/reference/samples); {@code onSuccess} does to the license what Windows would. */
    static ReplayingRunner replaying(String sampleName, Consumer<ProductActivation> onSuccess) {
        return new ReplayingRunner(sample(sampleName), Behaviour.REPLAY, onSuccess);
    }

    static ReplayingRunner hanging() {
        return new ReplayingRunner("", Behaviour.HANG, x -> { });
    }

    static ReplayingRunner exitingNonZero() {
        return new ReplayingRunner("", Behaviour.EXIT_NON_ZERO, x -> { });
    }

    @Override
    public RunOutcome run(ActivationPlan plan, Privilege privilege, Duration timeout) {
        privileges.add(privilege);
        switch (behaviour) {
            case HANG -> {
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return RunOutcome.failed(RunFailure.Kind.TIMEOUT, "interrupted");
            }
            case EXIT_NON_ZERO -> {
                return RunOutcome.failed(RunFailure.Kind.EXIT_CODE, "exit code 1");
            }
            default -> {
                LicenseReading reading = ScriptOutputParser.parse(capture, "replay");
                List<ProductActivation> results = ActivationResults.fromReading(reading, plan);
                results.stream().filter(r -> r.result().succeeded()).forEach(onSuccess);
                return new RunOutcome.Completed(results);
            }
        }
    }

    /** A shared capture without its line 1 ("# source: …"), which is the collector's, not the capture's. */
    static String sample(String name) {
        try {
            String text = Files.readString(org.kmstray.testing.Samples.file(name), StandardCharsets.UTF_8);
            if (!text.startsWith("# source:")) {
                throw new IllegalStateException(name + ": line 1 must be the # source: line");
            }
            return text.substring(text.indexOf('\n') + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
