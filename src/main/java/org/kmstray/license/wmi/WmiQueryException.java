package org.kmstray.license.wmi;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** A WMI query that gave no rows, and why. */
public final class WmiQueryException extends Exception {
    private static final long serialVersionUID = 1L;

    /** WBEM_E_INVALID_CLASS: the class is not on this PC (e.g. no Office 2010 protection platform). */
    public static final int WBEM_E_INVALID_CLASS = 0x80041010;
    /** WBEM_E_INVALID_PROPERTY. */
    public static final int WBEM_E_INVALID_PROPERTY = 0x80041011;
    /** WBEM_E_INVALID_QUERY: e.g. a property in the select list that this Windows version lacks. */
    public static final int WBEM_E_INVALID_QUERY = 0x80041017;

    public enum Kind {
        /** The class does not exist here: nothing to read, not a failure. */
        INVALID_CLASS,
        /** The query does not fit the class, typically a property this Windows version lacks. */
        INVALID_QUERY,
        /** No answer within the time allowed. */
        TIMED_OUT,
        /** Anything else: WMI is not usable. */
        FAILED;

        public static Kind ofHresult(int hresult) {
            return switch (hresult) {
                case WBEM_E_INVALID_CLASS -> INVALID_CLASS;
                case WBEM_E_INVALID_QUERY, WBEM_E_INVALID_PROPERTY -> INVALID_QUERY;
                default -> FAILED;
            };
        }
    }

    private final Kind kind;
    private final Integer hresult;
    private final Duration timeLimit;

    public WmiQueryException(Kind kind, Integer hresult, String message) {
        super(message);
        this.kind = kind;
        this.hresult = hresult;
        this.timeLimit = null;
    }

    public WmiQueryException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.hresult = null;
        this.timeLimit = null;
    }

    private WmiQueryException(Duration timeLimit) {
        super("no answer within " + timeLimit.toMillis() + " ms");
        this.kind = Kind.TIMED_OUT;
        this.hresult = null;
        this.timeLimit = timeLimit;
    }

    public static WmiQueryException timedOut(Duration timeLimit) {
        return new WmiQueryException(timeLimit);
    }

    /** A failed COM/WMI call, classified by its HRESULT. */
    public static WmiQueryException ofHresult(int hresult, String message) {
        return new WmiQueryException(Kind.ofHresult(hresult), hresult, message);
    }

    public Kind kind() {
        return kind;
    }

    public Optional<Integer> hresult() {
        return Optional.ofNullable(hresult);
    }

    /** The time allowed, for {@link Kind#TIMED_OUT}. */
    public Optional<Duration> timeLimit() {
        return Optional.ofNullable(timeLimit);
    }

    /** A short, language-neutral detail for messages: the HRESULT in hex, else the technical message. */
    public String detail() {
        return hresult != null ? "0x" + String.format(Locale.ROOT, "%08X", hresult) : String.valueOf(getMessage());
    }
}
