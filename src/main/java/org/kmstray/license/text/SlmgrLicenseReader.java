package org.kmstray.license.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kmstray.license.Application;
import org.kmstray.license.LicenseStatus;

/**
 * Reads one product of slmgr.vbs /dli or /dlv output in English (windows-licensing.md §3, SLMGR
 * DisplayAllInformation). Translated /dli text has translated labels, so no block reaches this reader and
 * such output is left unexplained rather than guessed at.
 */
final class SlmgrLicenseReader {
    private SlmgrLicenseReader() {
    }

    static Optional<ProductFacts> read(List<String> lines) {
        ProductFacts facts = new ProductFacts();
        boolean notInUse = false;
        for (String line : lines) {
            KnownLine.Match match = KnownLine.match(line);
            if (match == null) {
                continue;
            }
            String v = match.value();
            switch (match.line()) {
                case NAME -> facts.name = text(v);
                case DESCRIPTION -> facts.description = text(v);
                case ACTIVATION_ID -> facts.skuId = Guids.parse(v);
                case APPLICATION_ID -> facts.application = Application.fromApplicationId(v).orElse(null);
                case PRODUCT_KEY_CHANNEL -> facts.productKeyChannel = text(v);
                case PARTIAL_PRODUCT_KEY -> facts.partialKey = PartialKeys.parse(v);
                case LICENSE_NOT_IN_USE -> notInUse = true;
                case SLMGR_LICENSE_STATUS -> facts.status = status(v);
                case NOTIFICATION_REASON -> facts.statusReason = HexCodes.first(v);
                case ACTIVATION_EXPIRATION, TIME_REMAINING -> facts.remainingMinutes = Numbers.leadingLong(v);
                default -> KmsClientLines.read(match, facts);
            }
        }
        // "This license is not in use." stands where the partial key would: no key is installed.
        if (notInUse || !facts.saysAnything()) {
            return Optional.empty();
        }
        return Optional.of(facts);
    }

    /** SLMGR L_MsgLicenseStatus*_1; "Unknown" and anything else give no status. */
    static LicenseStatus status(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.startsWith("unlicensed")) {
            return LicenseStatus.UNLICENSED;
        }
        if (v.startsWith("licensed")) {
            return LicenseStatus.LICENSED;
        }
        if (v.startsWith("initial grace period")) {
            return LicenseStatus.OOB_GRACE;
        }
        if (v.startsWith("additional grace period")) {
            return LicenseStatus.OOT_GRACE;
        }
        if (v.startsWith("non-genuine grace period")) {
            return LicenseStatus.NON_GENUINE_GRACE;
        }
        if (v.startsWith("notification")) {
            return LicenseStatus.NOTIFICATION;
        }
        if (v.startsWith("extended grace period")) {
            return LicenseStatus.EXTENDED_GRACE;
        }
        return null;
    }

    private static String text(String value) {
        String v = value.strip();
        return v.isEmpty() ? null : v;
    }
}
