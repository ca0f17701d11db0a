package org.kmstray.renewal;

import java.util.List;
import java.util.Optional;

/** What a renewal will do: the activation step (absent when nothing can be renewed) and what it leaves alone. */
public record RenewalPlan(Optional<ActivationPlan> activations, List<NotRenewed> notRenewed) {
    public RenewalPlan {
        activations = activations == null ? Optional.empty() : activations;
        notRenewed = List.copyOf(notRenewed);
    }
}
