package org.kmstray.ui.status;

/** One product as the status window's table shows it: every cell already in words. */
public record ProductRow(String name, String channel, String status, String daysLeft, String expiry, String kmsHost,
        Severity severity) {
}
