package org.kmstray.settings;

/**
 * A stored value that could not be used. The value stays where it was (nothing is deleted); the
 * setting falls back to the next source and this warning says so.
 */
public record SettingsWarning(String key, String rawValue, String source, String messageKey, Object[] args) {
}
