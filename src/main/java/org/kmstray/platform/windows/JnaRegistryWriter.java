package org.kmstray.platform.windows;

import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.WinReg;
import java.util.Optional;

/** {@link RegistryWriter} through the Win32 registry API (JNA Advapi32Util). */
public final class JnaRegistryWriter implements RegistryWriter {
    public JnaRegistryWriter() {
        WindowsOnly.require("The Windows registry");
    }

    @Override
    public Optional<String> currentUserString(String key, String valueName) {
        try {
            if (!Advapi32Util.registryValueExists(WinReg.HKEY_CURRENT_USER, key, valueName)) {
                return Optional.empty();
            }
            return Optional.ofNullable(Advapi32Util.registryGetStringValue(WinReg.HKEY_CURRENT_USER, key, valueName));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public void setCurrentUserString(String key, String valueName, String value) {
        if (!Advapi32Util.registryKeyExists(WinReg.HKEY_CURRENT_USER, key)) {
            Advapi32Util.registryCreateKey(WinReg.HKEY_CURRENT_USER, key);
        }
        Advapi32Util.registrySetStringValue(WinReg.HKEY_CURRENT_USER, key, valueName, value);
    }

    @Override
    public void deleteCurrentUserValue(String key, String valueName) {
        if (Advapi32Util.registryValueExists(WinReg.HKEY_CURRENT_USER, key, valueName)) {
            Advapi32Util.registryDeleteValue(WinReg.HKEY_CURRENT_USER, key, valueName);
        }
    }
}
