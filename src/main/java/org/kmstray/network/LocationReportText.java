package org.kmstray.network;

import java.util.List;
import org.kmstray.i18n.Messages;

/** A location and its evidence as sentences in the chosen language. */
public final class LocationReportText {
    private LocationReportText() {
    }

    public static String location(Location location, Messages m) {
        return m.get("network.location." + location.name());
    }

    public static String evidence(Evidence e, Messages m) {
        return m.get(e.messageKey(), e.args().toArray());
    }

    public static List<String> evidence(LocationReport report, Messages m) {
        return report.evidence().stream().map(e -> evidence(e, m)).toList();
    }
}
