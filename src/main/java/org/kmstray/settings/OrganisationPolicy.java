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

    OrganisationPolicy NONE = new OrganisationPolicy() {
        @Override
        public Map<String, String> defaults() {
            return Map.of();
        }

        @Override
        public Map<String, String> locked() {
            return Map.of();
        }

        @Override
        public List<SettingsWarning> warnings() {
            return List.of();
        }

        @Override
        public String describe() {
            return "";
        }
    };
}
