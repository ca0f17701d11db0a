package org.kmstray.fleet;

/** Where fleet signals go: the Windows event log on a real PC, the application log elsewhere. */
@FunctionalInterface
public interface FleetSignalSink {
    /** Records one event. Never throws: a full or missing event log must not disturb the tray. */
    void report(FleetEvent event);
}
