package org.kmstray.platform.windows;

import com.sun.jna.platform.win32.KnownFolders;
import com.sun.jna.platform.win32.Shell32Util;
import com.sun.jna.platform.win32.Win32Exception;
import java.nio.file.Path;

/**
 * Where Windows keeps its own programs, as the shell API reports it.
 *
 * <p>Never from %SystemRoot%, %windir% or PATH: those come from the user's environment, and a program
 * started from them could be one the user (or malware) put there. A 32-bit JVM on 64-bit Windows gets
 * {@code System32} too, which file-system redirection maps to SysWOW64: its cscript.exe runs ospp.vbs
 * just as well.
 */
public final class SystemPaths {
    private SystemPaths() {
    }

    /** The system directory, e.g. {@code C:\Windows\System32} (SHGetKnownFolderPath, FOLDERID_System). */
    public static Path systemDirectory() {
        WindowsOnly.require("The Windows system directory");
        try {
            return Path.of(Shell32Util.getKnownFolderPath(KnownFolders.FOLDERID_System));
        } catch (Win32Exception e) {
            throw new IllegalStateException("Windows did not tell where its system directory is: " + e.getMessage(), e);
        }
    }

    /** The console script host in the system directory. */
    public static Path cscript() {
        return systemDirectory().resolve("cscript.exe");
    }
}
