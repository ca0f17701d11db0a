package org.kmstray.platform;

import com.sun.jna.Platform;
import org.kmstray.fleet.FleetSignalSink;
import org.kmstray.fleet.LoggingSink;
import org.kmstray.platform.windows.WindowsEventLog;

/**
 * Where this PC's fleet signals go: the Windows event log on a real Windows PC, the application log in demo
 * mode (a simulated state must never reach a fleet's collectors) and on other systems.
 */
public final class FleetSignalSinks {
    private FleetSignalSinks() {
    }

    public static FleetSignalSink forThisPc(boolean demo) {
        if (!demo && Platform.isWindows()) {
            return new WindowsEventLog();
        }
        return new LoggingSink();
    }
}
