package org.kmstray.platform.windows;

import com.sun.jna.platform.win32.Advapi32;
import com.sun.jna.platform.win32.WinNT;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kmstray.fleet.FleetEvent;
import org.kmstray.fleet.FleetSignalSink;

/**
 * Fleet signals into the Windows Application event log under the source "KMS Tray". The MSI registers
 * that source (EventMessageFile = the .NET Framework's EventLogMessages.dll, whose every message is
 * "%1"), so Event Viewer shows the text as written; without the registration ReportEvent still succeeds
 * but the viewer prefixes "The description for Event ID … cannot be found".
 */
public final class WindowsEventLog implements FleetSignalSink {
    /** The event source name; the installer registers the same name. */
    public static final String SOURCE = "KMS Tray";
    private static final Logger LOG = Logger.getLogger(WindowsEventLog.class.getName());
    /** ReportEvent's strings are limited to 31,839 characters each; ours stay far below, cut to be sure. */
    private static final int MAX_MESSAGE = 31_000;

    public WindowsEventLog() {
        WindowsOnly.require("The Windows event log");
    }

    @Override
    public void report(FleetEvent event) {
        WinNT.HANDLE source = Advapi32.INSTANCE.RegisterEventSource(null, SOURCE);
        if (source == null) {
            LOG.warning("event source " + SOURCE + " could not be opened; event " + event.eventId() + " not recorded");
            return;
        }
        try {
            String text = event.message().length() > MAX_MESSAGE ? event.message().substring(0, MAX_MESSAGE) : event.message();
            boolean ok = Advapi32.INSTANCE.ReportEvent(source, type(event), 0, event.eventId(), null, 1, 0, new String[] {text}, null);
            if (!ok) {
                LOG.log(Level.WARNING, "event {0} not recorded (error {1})",
                        new Object[] {event.eventId(), com.sun.jna.Native.getLastError()});
            }
        } finally {
            Advapi32.INSTANCE.DeregisterEventSource(source);
        }
    }

    private static int type(FleetEvent event) {
        return switch (event.level()) {
            case INFORMATION -> WinNT.EVENTLOG_INFORMATION_TYPE;
            case WARNING -> WinNT.EVENTLOG_WARNING_TYPE;
            case ERROR -> WinNT.EVENTLOG_ERROR_TYPE;
        };
    }
}
