package org.kmstray.settings;

import java.util.List;
import java.util.Map;

/**
 * What the organisation has configured: defaults the user may change, and locked values the user may not.
 * Sources are a properties file beside the app or given with {@code --config}, and on Windows the
 * policy key in HKLM.
 */
public interface OrganisationPolicy {
    /** Raw values by setting key. */
    Map<String, String> defaults();

    /** Raw values by setting key that override the user's choice. */
    Map<String, String> locked();

    /** Problems met while reading the sources (unreadable file, unknown keys). */
    List<SettingsWarning> warnings();

    /** A short description of the sources for diagnostics, e.g. a file path. */
    String describe();

    OrganisationPolicy NONE = of(Map.of(), Map.of(), List.of(), "");

    /** A policy holding the given values, e.g. one read from somewhere else or made in a test. */
    static OrganisationPolicy of(Map<String, String> defaults, Map<String, String> locked, List<SettingsWarning> warnings,
            String description) {
        return new Fixed(Map.copyOf(defaults), Map.copyOf(locked), List.copyOf(warnings), description);
    }

    /** The values of {@link #of}. */
    record Fixed(Map<String, String> defaults, Map<String, String> locked, List<SettingsWarning> warnings, String description)
            implements OrganisationPolicy {
        @Override
        public String describe() {
            return description;
        }
    }
}
