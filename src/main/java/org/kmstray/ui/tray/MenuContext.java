package org.kmstray.ui.tray;

import org.kmstray.i18n.Language;

/**
 * What the menu depends on at the moment it opens.
 *
 * @param canRenew whether this PC (or the demo PC) can be renewed at all
 * @param renewing whether a renewal is running (the item then says so and is disabled)
 * @param vpnClientOffered whether the last renewal needed the VPN and a VPN client is configured
 * @param reminderShown whether a reminder is showing that "Remind me tomorrow" would put off
 * @param language the language the app speaks now
 */
public record MenuContext(boolean canRenew, boolean renewing, boolean vpnClientOffered, boolean reminderShown,
        Language language) {
}
