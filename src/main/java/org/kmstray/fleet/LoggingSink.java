package org.kmstray.fleet;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Fleet signals into the application log: demo mode, and systems without a Windows event log. */
public final class LoggingSink implements FleetSignalSink {
    private static final Logger LOG = Logger.getLogger(LoggingSink.class.getName());

    @Override
    public void report(FleetEvent event) {
        Level level = switch (event.level()) {
            case INFORMATION -> Level.INFO;
            case WARNING, ERROR -> Level.WARNING;
        };
        LOG.log(level, () -> "event " + event.eventId() + " (" + event.signal() + "): " + event.message());
    }
}
