package org.kmstray.license;

/** What a reader got: a snapshot of the products, or the fact that the state could not be read. */
public sealed interface LicenseReading permits LicenseSnapshot, Unreadable {
    /** Where the reading came from, e.g. {@code wmi}, {@code ospp.vbs}, {@code demo}, a file name. */
    String source();
}
