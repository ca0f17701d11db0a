package org.kmstray.cli;

/** A command line that cannot be run as given; shown as a sentence in the chosen language, exit code 3. */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] args;
    private final boolean hint;

    public UsageException(String messageKey, Object... args) {
        this(true, messageKey, args);
    }

    private UsageException(boolean hint, String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args.clone();
        this.hint = hint;
    }

    /** A problem with something the command line names (a file), not with its syntax: no pointer to --help. */
    public static UsageException withoutHint(String messageKey, Object... args) {
        return new UsageException(false, messageKey, args);
    }

    /** Whether the command's --help would help. */
    public boolean showsHint() {
        return hint;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
