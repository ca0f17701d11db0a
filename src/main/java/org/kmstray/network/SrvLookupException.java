package org.kmstray.network;

/** DNS could not be asked, as opposed to answering that there is no such record. */
public final class SrvLookupException extends Exception {
    private static final long serialVersionUID = 1L;

    public SrvLookupException(String message, Throwable cause) {
        super(message, cause);
    }
}
