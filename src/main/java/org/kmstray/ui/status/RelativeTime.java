package org.kmstray.ui.status;

import java.time.Duration;
import java.time.Instant;
import org.kmstray.i18n.Messages;

/** "3 minutes ago": how long ago something happened, in whole units a person would say. */
public final class RelativeTime {
    private RelativeTime() {
    }

    public static String ago(Instant then, Instant now, Messages m) {
        Duration d = Duration.between(then, now);
        if (d.isNegative() || d.toSeconds() < 60) {
            return m.get("status.ago.justNow");
        }
        if (d.toMinutes() < 60) {
            return m.get("status.ago.minutes", d.toMinutes());
        }
        if (d.toHours() < 24) {
            return m.get("status.ago.hours", d.toHours());
        }
        return m.get("status.ago.days", d.toDays());
    }
}
