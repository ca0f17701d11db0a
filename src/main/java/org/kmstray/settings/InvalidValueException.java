package org.kmstray.settings;

import java.util.Arrays;

/** A value that does not fit its setting; carries a message key so the reason can be shown in either language. */
public final class InvalidValueException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] args;

    public InvalidValueException(String messageKey, Object... args) {
        super(messageKey + " " + Arrays.toString(args));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
