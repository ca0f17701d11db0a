package org.kmstray.renewal;

/** How a renewal ended, in the words the tray and the {@code renew} command report. */
public enum RenewalOutcome {
    /** Every KMS client product was activated and the state read afterwards shows its 180 days again. */
    RENEWED,
    /** The KMS host did not answer and this PC is off campus (or where it is cannot be told): connect the VPN. */
    VPN_REQUIRED,
    /** The KMS host did not answer although this PC is on campus or on the VPN. */
    KMS_UNREACHABLE,
    /** The user declined the administrator prompt; not an error. */
    CANCELLED,
    /** An activation failed, the activation step itself failed, or the state could not be read. */
    FAILED,
    /** Activation reported success but the license read afterwards did not change. */
    NOT_VERIFIED,
    /** No KMS client product that the campus KMS host could renew. */
    NOTHING_TO_RENEW
}
