package org.kmstray.platform.windows;

/**
 * Which half of HKLM\SOFTWARE to read on 64-bit Windows. 32-bit Office writes its keys to the 32-bit
 * view (WOW6432Node), 64-bit Office to the 64-bit one; either may hold the Office paths.
 */
public enum RegistryView {
    /** KEY_WOW64_64KEY: the native view (ignored on 32-bit Windows). */
    NATIVE_64,
    /** KEY_WOW64_32KEY: what 32-bit programs see. */
    WOW64_32
}
