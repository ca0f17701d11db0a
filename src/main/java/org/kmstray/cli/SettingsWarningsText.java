package org.kmstray.cli;

import java.util.Set;
import org.kmstray.settings.Settings;
import org.kmstray.settings.SettingsWarning;

/** Tells the user, on the error stream, when a setting a command relies on was skipped as unusable. */
final class SettingsWarningsText {
    private SettingsWarningsText() {
    }

    /** The keys a command reads, without the one a command-line option replaced for this run. */
    static Set<String> unlessGiven(Arguments a, String option, String key, String... others) {
        Set<String> keys = new java.util.HashSet<>(Set.of(others));
        if (a.value(option).isEmpty()) {
            keys.add(key);
        }
        return keys;
    }

    static void print(CliContext ctx, Settings settings, Set<String> keys) {
        for (SettingsWarning w : settings.warnings()) {
            if (keys.contains(w.key())) {
                String reason = ctx.messages().get(w.messageKey(), w.args());
                ctx.error("settings.value.skipped", w.key(), w.rawValue(), reason);
            } else if (w.key().isEmpty()) {
                // About the whole file (unreadable, characters lost), so about every setting in it.
                ctx.error(w.messageKey(), w.args());
            }
        }
    }
}
