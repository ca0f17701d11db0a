package org.kmstray.renewal;

/** How an activation step runs: as the signed-in user, or through one administrator (UAC) prompt. */
public enum Privilege {
    STANDARD,
    ELEVATED
}
