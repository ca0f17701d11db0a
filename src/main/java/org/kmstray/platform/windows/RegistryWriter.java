package org.kmstray.platform.windows;

import java.util.Optional;

/**
 * Reads and writes string values under HKEY_CURRENT_USER, the only hive the app ever writes: the per-user
 * Run value. Everything under HKEY_LOCAL_MACHINE belongs to the installer and Group Policy.
 */
public interface RegistryWriter {
    /** The value, or empty when the key or value is missing or not a string. */
    Optional<String> currentUserString(String key, String valueName);

    /** Writes the value, creating the key when needed. @throws RuntimeException with the Windows error */
    void setCurrentUserString(String key, String valueName, String value);

    /** Removes the value; a value that is not there is fine. @throws RuntimeException with the Windows error */
    void deleteCurrentUserValue(String key, String valueName);
}
