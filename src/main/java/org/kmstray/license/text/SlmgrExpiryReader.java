package org.kmstray.license.text;

import java.util.List;
import java.util.Optional;
import org.kmstray.license.LicenseStatus;

/**
 * Reads slmgr.vbs /xpr: {@code <Name>:} then, indented, one sentence (windows-licensing.md §3, SLMGR
 * ExpirationDatime). The sentence's date is in the user's local format and relative to an unknown "now",
 * so only the state is read, never minutes. Translated sentences are not understood and give nothing.
 */
final class SlmgrExpiryReader {
    private SlmgrExpiryReader() {
    }

    /** The first /xpr line: a product name (never translated) followed by a colon. */
    static boolean isHeading(String text) {
        return text.length() > 1 && text.endsWith(":") && (text.startsWith("Windows") || text.startsWith("Office"))
                && KnownLine.match(text) == null;
    }

    static Optional<ProductFacts> read(List<String> lines) {
        if (lines.size() < 2) {
            return Optional.empty();
        }
        String heading = lines.get(0);
        String sentence = lines.get(1);
        LicenseStatus status = status(sentence);
        if (status == null) {
            return Optional.empty();
        }
        ProductFacts facts = new ProductFacts();
        facts.name = heading.substring(0, heading.length() - 1).strip();
        facts.status = status;
        // Printed only for LicenseStatus 1 with time remaining and neither a time-based nor a VM
        // activation license: the state of a KMS (or AD) activated volume client.
        facts.volumeActivationExpires = sentence.startsWith("Volume activation will expire");
        return Optional.of(facts);
    }

    /** SLMGR L_MsgLicenseStatus* sentences of /xpr. */
    static LicenseStatus status(String sentence) {
        if (sentence.startsWith("Volume activation will expire")
                || sentence.startsWith("Timebased activation will expire")
                || sentence.startsWith("Automatic VM activation will expire")
                || sentence.startsWith("The machine is permanently activated")) {
            return LicenseStatus.LICENSED;
        }
        if (sentence.startsWith("Initial grace period ends")) {
            return LicenseStatus.OOB_GRACE;
        }
        if (sentence.startsWith("Additional grace period ends")) {
            return LicenseStatus.OOT_GRACE;
        }
        if (sentence.startsWith("Non-genuine grace period ends")) {
            return LicenseStatus.NON_GENUINE_GRACE;
        }
        if (sentence.startsWith("Windows is in Notification mode")) {
            return LicenseStatus.NOTIFICATION;
        }
        if (sentence.startsWith("Extended grace period ends")) {
            return LicenseStatus.EXTENDED_GRACE;
        }
        if (sentence.equals("Unlicensed")) {
            return LicenseStatus.UNLICENSED;
        }
        return null;
    }
}
