package org.kmstray.platform.windows;

import java.util.Optional;

/** Reads string values under HKEY_LOCAL_MACHINE. Read-only: nothing here ever writes the registry. */
@FunctionalInterface
public interface RegistryReader {
    /** The value, or empty when the key or value is missing, not a string, or unreadable. */
    Optional<String> localMachineString(String key, String valueName, RegistryView view);
}
