package org.kmstray.ui.tray;

/** What an item of the tray menu does. */
public enum MenuCommand {
    STATUS, RENEW, CHECK, OPEN_VPN_CLIENT, REMIND_TOMORROW, SETTINGS, LANGUAGE_ENGLISH, LANGUAGE_CHINESE,
    OPEN_LOG_FOLDER, ABOUT, EXIT
}
