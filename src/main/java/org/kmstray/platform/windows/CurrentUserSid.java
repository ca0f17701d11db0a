package org.kmstray.platform.windows;

import com.sun.jna.platform.win32.Advapi32;
import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.WinNT;
import java.util.function.Supplier;

/**
 * The SID of the user this process runs as, from its own access token, never from a name or an
 * environment variable: the elevated step grants exactly this SID read access to its result.
 */
public final class CurrentUserSid implements Supplier<String> {
    /** @throws UnsupportedOperationException off Windows, or when the token cannot be read */
    @Override
    public String get() {
        WindowsOnly.require("A user SID");
        WinNT.HANDLEByReference token = new WinNT.HANDLEByReference();
        if (!Advapi32.INSTANCE.OpenProcessToken(Kernel32.INSTANCE.GetCurrentProcess(), WinNT.TOKEN_QUERY, token)) {
            throw new UnsupportedOperationException("the process token could not be opened, error " + Kernel32.INSTANCE.GetLastError());
        }
        try {
            return Advapi32Util.getTokenAccount(token.getValue()).sidString;
        } finally {
            Kernel32.INSTANCE.CloseHandle(token.getValue());
        }
    }
}
