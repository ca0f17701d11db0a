package org.kmstray.renewal;

import java.time.Duration;

/**
 * Runs one activation step: for every product of the plan, set its KMS host and port where the plan says
 * so, then activate it. Implementations are the Windows adapters and the demo; all of them must
 * <ul>
 *   <li>never throw: every problem is a {@link RunOutcome.Failed};</li>
 *   <li>report a declined administrator prompt as {@link RunOutcome.Cancelled};</li>
 *   <li>stop whatever they started when {@code timeout} has passed.</li>
 * </ul>
 */
@FunctionalInterface
public interface ActivationRunner {
    RunOutcome run(ActivationPlan plan, Privilege privilege, Duration timeout);
}
