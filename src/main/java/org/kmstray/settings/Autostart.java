package org.kmstray.settings;

/**
 * Starting the tray app at login for the current user: the HKCU Run value on Windows, an XDG autostart
 * entry elsewhere. The {@code autostart} setting records the user's choice; this puts it into effect.
 */
public interface Autostart {
    /** False where the platform offers no per-user autostart the app can manage. */
    boolean isSupported();

    /** Whether the mechanism is in place: the Run value or the autostart entry exists. */
    boolean isEnabled();

    /**
     * Whether an administrator's machine-wide entry (the MSI's HKLM Run value) starts the app for every user.
     * Then the mechanism is always in place and cannot be removed by the user; only the {@code autostart}
     * setting says whether the app, started at login, stays (see {@link #effective}).
     */
    default boolean isMachineWide() {
        return false;
    }

    /**
     * Whether the app really starts at login and stays: the user's setting and the mechanism together. An
     * unsupported platform starts nothing.
     */
    static boolean effective(Autostart autostart, boolean setting) {
        if (!autostart.isSupported()) {
            return false;
        }
        return setting && (autostart.isMachineWide() || autostart.isEnabled());
    }

    /** @throws AutostartException with a message for the user when the change could not be made */
    void setEnabled(boolean enabled) throws AutostartException;

    /**
     * Start at login could not be changed. The user sees the message under {@link #messageKey()} (both
     * languages); {@link #getMessage()} and the cause, with the system's own words, are for the log.
     */
    final class AutostartException extends Exception {
        private final String messageKey;
        private final transient Object[] args;

        public AutostartException(String messageKey, Object[] args, String logText, Throwable cause) {
            super(logText, cause);
            this.messageKey = messageKey;
            this.args = args == null ? new Object[0] : args.clone();
        }

        public String messageKey() {
            return messageKey;
        }

        public Object[] args() {
            return args.clone();
        }
    }

    Autostart UNSUPPORTED = new Autostart() {
        @Override
        public boolean isSupported() {
            return false;
        }

        @Override
        public boolean isEnabled() {
            return false;
        }

        @Override
        public void setEnabled(boolean enabled) throws AutostartException {
            throw new AutostartException("settings.ui.autostart.failed.unsupported", null,
                    "start at login is not available on this system", null);
        }
    };
}
