package org.kmstray.network;

/** Where this PC is, as far as reaching the campus KMS host is concerned. */
public enum Location {
    ON_CAMPUS,
    ON_VPN,
    OFF_CAMPUS,
    /** Nothing configured to decide with, or no usable adapter: never a guess. */
    UNKNOWN
}
