package org.kmstray.network;

import org.kmstray.i18n.Messages;

/** The one sentence that tells a user what a probe found, in the chosen language. */
public final class ProbeResultText {
    private ProbeResultText() {
    }

    public static String sentence(ProbeResult r, Messages m) {
        String key = "probe.outcome." + r.outcome().name();
        if (r.outcome() == ProbeOutcome.DNS_FAILED && r.host() == null) {
            key = "probe.outcome.DNS_FAILED.discovery";
        }
        return m.get(key, r.host() == null ? "" : r.host(), String.valueOf(r.port()),
                r.address() == null ? "\u2013" : r.address(), r.millis());
    }
}
