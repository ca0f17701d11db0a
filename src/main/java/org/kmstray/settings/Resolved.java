package org.kmstray.settings;

/** A setting's effective value and where it came from. */
public record Resolved<T>(T value, Origin origin) {
    public boolean locked() {
        return origin == Origin.ORGANISATION_LOCKED;
    }
}
