package org.kmstray.platform.windows;

import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.platform.win32.WinReg;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@link RegistryReader} through the Win32 registry API (JNA Advapi32Util). */
public final class JnaRegistryReader implements RegistryReader {
    public JnaRegistryReader() {
        WindowsOnly.require("The Windows registry");
    }

    @Override
    public Optional<String> localMachineString(String key, String valueName, RegistryView view) {
        int access = view == RegistryView.NATIVE_64 ? WinNT.KEY_WOW64_64KEY : WinNT.KEY_WOW64_32KEY;
        try {
            // Missing keys and values throw in Advapi32Util, so ask first.
            if (!Advapi32Util.registryValueExists(WinReg.HKEY_LOCAL_MACHINE, key, valueName, access)) {
                return Optional.empty();
            }
            return Optional.ofNullable(Advapi32Util.registryGetStringValue(WinReg.HKEY_LOCAL_MACHINE, key, valueName, access));
        } catch (RuntimeException e) {
            // Access denied, a value of another type, a key removed in between: not a usable path.
            return Optional.empty();
        }
    }

    @Override
    public Map<String, String> localMachineValues(String key, RegistryView view) {
        int access = view == RegistryView.NATIVE_64 ? WinNT.KEY_WOW64_64KEY : WinNT.KEY_WOW64_32KEY;
        try {
            if (!Advapi32Util.registryKeyExists(WinReg.HKEY_LOCAL_MACHINE, key, access)) {
                return Map.of();
            }
            Map<String, String> out = new LinkedHashMap<>();
            Advapi32Util.registryGetValues(WinReg.HKEY_LOCAL_MACHINE, key, access).forEach((name, value) -> {
                String text = RegistryValueText.of(value);
                if (text != null) {
                    out.put(name, text);
                }
            });
            return out;
        } catch (RuntimeException e) {
            return Map.of();
        }
    }
}
