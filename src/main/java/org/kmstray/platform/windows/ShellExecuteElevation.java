package org.kmstray.platform.windows;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.COM.COMUtils;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.Ole32;
import com.sun.jna.platform.win32.Shell32;
import com.sun.jna.platform.win32.ShellAPI;
import com.sun.jna.platform.win32.WinBase;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.platform.win32.WinNT.HRESULT;
import com.sun.jna.platform.win32.WinUser;
import com.sun.jna.ptr.IntByReference;
import java.nio.file.Path;
import java.time.Duration;

/**
 * UAC elevation through {@code ShellExecuteEx} with the {@code runas} verb: wait for the process within the
 * timeout, read its exit code, close its handle. ShellExecute cannot capture output, so the exit code is
 * all that comes back here; results travel through {@link ElevatedResultFile}. Call it on a thread of its
 * own (the wait blocks), never on the Swing event thread.
 */
public final class ShellExecuteElevation implements Elevation {
    /** Finish any DDE work before returning: the calling thread has no message loop. Not defined by JNA. */
    static final int SEE_MASK_NOASYNC = 0x100;
    static final int MASK = Shell32.SEE_MASK_NOCLOSEPROCESS | SEE_MASK_NOASYNC | Shell32.SEE_MASK_FLAG_NO_UI;

    @Override
    public Exit runElevated(Path program, String parameters, Duration timeout) {
        if (!WindowsOnly.isWindows()) {
            return new NotStarted("the administrator prompt exists only on Windows");
        }
        try {
            return launch(program, parameters, timeout);
        } catch (RuntimeException | LinkageError e) {
            return new NotStarted(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static Exit launch(Path program, String parameters, Duration timeout) {
        // Shell execution may use COM-based extensions; Microsoft asks for an apartment on the calling thread.
        HRESULT com = Ole32.INSTANCE.CoInitializeEx(Pointer.NULL, Ole32.COINIT_APARTMENTTHREADED | Ole32.COINIT_DISABLE_OLE1DDE);
        try {
            ShellAPI.SHELLEXECUTEINFO sei = new ShellAPI.SHELLEXECUTEINFO();
            sei.fMask = MASK;
            sei.lpVerb = "runas";
            sei.lpFile = program.toString();
            sei.lpParameters = parameters;
            sei.lpDirectory = program.getParent() == null ? null : program.getParent().toString();
            sei.nShow = WinUser.SW_HIDE;
            if (!Shell32.INSTANCE.ShellExecuteEx(sei)) {
                int error = Native.getLastError();
                if (error == WinError.ERROR_CANCELLED) {
                    return new Cancelled();
                }
                return new NotStarted("ShellExecuteEx failed with error " + error);
            }
            WinNT.HANDLE process = sei.hProcess;
            if (process == null) {
                return new NotStarted("ShellExecuteEx gave no process handle");
            }
            try {
                return await(process, timeout);
            } finally {
                Kernel32.INSTANCE.CloseHandle(process);
            }
        } finally {
            if (COMUtils.SUCCEEDED(com)) {
                Ole32.INSTANCE.CoUninitialize();
            }
        }
    }

    private static Exit await(WinNT.HANDLE process, Duration timeout) {
        int millis = (int) Math.min(Integer.MAX_VALUE - 1L, Math.max(0, timeout.toMillis()));
        int waited = Kernel32.INSTANCE.WaitForSingleObject(process, millis);
        if (waited == WinError.WAIT_TIMEOUT) {
            // Usually refused across the integrity boundary; the script's own timeouts end it then.
            Kernel32.INSTANCE.TerminateProcess(process, 1);
            return new TimedOut();
        }
        if (waited != WinBase.WAIT_OBJECT_0) {
            return new NotStarted("waiting for the process failed with error " + Native.getLastError());
        }
        IntByReference code = new IntByReference();
        if (!Kernel32.INSTANCE.GetExitCodeProcess(process, code)) {
            return new NotStarted("the exit code could not be read, error " + Native.getLastError());
        }
        return new Exited(code.getValue());
    }
}
