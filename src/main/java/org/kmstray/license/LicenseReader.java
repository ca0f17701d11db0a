package org.kmstray.license;

/** Reads this PC's license state. Implementations never throw: failures are an {@link Unreadable}. */
@FunctionalInterface
public interface LicenseReader {
    LicenseReading read();
}
