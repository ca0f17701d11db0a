package org.kmstray.license;

/**
 * The one-word answer for fleet tools, which is also the process exit code of {@code status} and
 * {@code diagnose} (documented in the README).
 */
public enum Verdict {
    /** Every KMS client product is licensed with more than the warning days left, and no activation failed. */
    OK(0),
    /** A KMS client product has the warning days or fewer left. */
    EXPIRING(1),
    /** A KMS client is unlicensed, in grace or notification, or its activation failed. */
    PROBLEM(2),
    /** The state could not be read, or the input was not understood. */
    UNREADABLE(3),
    /** No KMS client product was found. */
    NO_KMS_PRODUCT(4);

    private final int exitCode;

    Verdict(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    public static Verdict of(LicenseReading reading, int warnDays) {
        if (!(reading instanceof LicenseSnapshot snapshot)) {
            return UNREADABLE;
        }
        boolean problem = false;
        boolean expiring = false;
        boolean anyKms = false;
        for (Product p : snapshot.products()) {
            ActivationResult a = p.activation();
            boolean failed = a != null && !a.succeeded();
            // A failure whose product is unknown (a fragment of /act output) may well be the KMS product.
            boolean unknownChannel = p.description() == null && p.channel() == null;
            if (failed && (p.kmsClient() || unknownChannel)) {
                problem = true;
            }
            if (!p.kmsClient()) {
                continue;
            }
            anyKms = true;
            if (p.status() != null && p.status().isTrouble()) {
                problem = true;
            } else if (p.status() == LicenseStatus.LICENSED) {
                if (p.daysLeft().map(d -> d <= warnDays).orElse(false)) {
                    expiring = true;
                }
            }
        }
        if (problem) {
            return PROBLEM;
        }
        if (!anyKms) {
            return NO_KMS_PRODUCT;
        }
        return expiring ? EXPIRING : OK;
    }
}
