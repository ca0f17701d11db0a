package org.kmstray.settings;

/** Where a setting's value came from, lowest precedence first. */
public enum Origin {
    BUILT_IN,
    ORGANISATION_DEFAULT,
    USER,
    ORGANISATION_LOCKED
}
