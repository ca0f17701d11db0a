package org.kmstray.license;

/**
 * The license state could not be read. Its own state: never shown as 0 or 180 days.
 *
 * @param messageKey a sentence in the message bundle explaining why, with {@code args}
 */
public record Unreadable(String source, String messageKey, Object[] args) implements LicenseReading {
    public Unreadable {
        args = args == null ? new Object[0] : args.clone();
    }
}
