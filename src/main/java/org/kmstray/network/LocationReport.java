package org.kmstray.network;

import java.util.List;

/** A location with the evidence that led to it. */
public record LocationReport(Location location, List<Evidence> evidence) {
    public LocationReport {
        evidence = List.copyOf(evidence);
    }
}
