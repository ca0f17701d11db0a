package org.kmstray.platform.windows;

import java.util.Map;
import java.util.Optional;

/** Reads values under HKEY_LOCAL_MACHINE. Read-only: nothing here ever writes the registry. */
@FunctionalInterface
public interface RegistryReader {
    /** The value, or empty when the key or value is missing, not a string, or unreadable. */
    Optional<String> localMachineString(String key, String valueName, RegistryView view);

    /**
     * Every value of a key as text, by value name: strings as they are, DWORD and QWORD values as decimal
     * numbers, multi-strings joined with commas; binary values are left out. Empty when the key is missing
     * or unreadable. Readers that only answer single values know no whole keys.
     */
    default Map<String, String> localMachineValues(String key, RegistryView view) {
        return Map.of();
    }
}
