package org.kmstray.reminder;

/**
 * A notification about how a renewal ended.
 *
 * @param text one or more whole sentences, separated by line breaks
 * @param offerVpnClient show an "Open VPN client" action (the VPN is needed and a client is configured)
 */
public record RenewalNotification(Kind kind, String title, String text, boolean offerVpnClient) {
    public enum Kind {
        INFO,
        WARNING,
        ERROR
    }

    public RenewalNotification {
        if (kind == null || title == null || text == null) {
            throw new IllegalArgumentException("kind, title and text are required");
        }
    }
}
