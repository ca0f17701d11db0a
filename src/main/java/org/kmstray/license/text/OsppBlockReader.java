package org.kmstray.license.text;

import java.util.List;
import java.util.Optional;
import org.kmstray.license.ActivationResult;
import org.kmstray.license.Hresult;

/**
 * Reads one ospp.vbs product block (windows-licensing.md §2.3, OSPP16 source).
 *
 * <p>The same "ERROR CODE:" line means two things: in a /dstatus block (one with a LICENSE STATUS line) it
 * is the license's status reason; in an /act block it is the result of activating that very product. So a
 * retail Grace SKU failing with 0xC004F017 in an /act run is that SKU's failure, never the KMS product's.
 * A lone "ERROR CODE:" fragment with no product around it is an activation result of an unknown product.
 */
final class OsppBlockReader {
    private OsppBlockReader() {
    }

    static Optional<ProductFacts> read(List<String> lines) {
        ProductFacts facts = new ProductFacts();
        boolean activationAttempt = false;
        boolean statusLine = false;
        boolean productIdLine = false;
        boolean keyLine = false;
        boolean succeeded = false;
        Hresult code = null;
        for (String line : lines) {
            KnownLine.Match match = KnownLine.match(line);
            if (match == null) {
                continue;
            }
            String v = match.value();
            switch (match.line()) {
                case ACTIVATION_ATTEMPT -> activationAttempt = true;
                case ACTIVATION_SUCCESSFUL -> succeeded = true;
                case PRODUCT_ID -> productIdLine = true;
                case SKU_ID -> facts.skuId = Guids.parse(v);
                case LICENSE_NAME -> facts.name = text(v);
                case LICENSE_DESCRIPTION -> facts.description = text(v);
                case OSPP_LICENSE_STATUS -> {
                    statusLine = true;
                    facts.status = OsppStatusToken.parse(v);
                }
                case ERROR_CODE -> code = HexCodes.first(v);
                case REMAINING_GRACE -> facts.remainingMinutes = Numbers.inParentheses(v);
                case LAST_5_CHARACTERS -> {
                    keyLine = true;
                    facts.partialKey = PartialKeys.parse(v);
                }
                default -> KmsClientLines.read(match, facts);
            }
        }
        boolean activationBlock = activationAttempt || !statusLine;
        if (activationBlock) {
            facts.activation = succeeded ? ActivationResult.success() : code == null ? null : ActivationResult.failure(code);
        } else {
            facts.statusReason = code;
            // /dstatusall lists licenses without a key too: no PRODUCT ID and no key line (OSPP16 prints
            // both only for a product with an installed key). Those are not products of this PC.
            if (!productIdLine && !keyLine) {
                return Optional.empty();
            }
        }
        return facts.saysAnything() ? Optional.of(facts) : Optional.empty();
    }

    private static String text(String value) {
        String v = CopyPasteRepair.underscores(value).strip();
        return v.isEmpty() ? null : v;
    }
}
