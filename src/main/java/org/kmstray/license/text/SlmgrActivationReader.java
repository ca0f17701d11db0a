package org.kmstray.license.text;

import java.util.List;
import java.util.Optional;
import org.kmstray.license.ActivationResult;
import org.kmstray.license.Hresult;

/**
 * Reads slmgr.vbs /ato: the "Activating … (GUID) ..." line and the line after it. A failure is recognised by
 * its HRESULT, which reads the same in every display language ("Error: 0xC004F074 …", "错误: 0xC004F074 …").
 * Success has no code, so only the English sentence is understood; a translated one gives nothing.
 */
final class SlmgrActivationReader {
    /** SLMGR L_MsgActivated. */
    private static final String ACTIVATED = "Product activated successfully.";
    /** SLMGR L_MsgErrorText_8: every error slmgr.vbs reports begins so. */
    private static final String ERROR_PREFIX = "Error:";

    private SlmgrActivationReader() {
    }

    static Optional<ProductFacts> read(List<String> lines) {
        ActivationLine attempt = ActivationLine.parse(lines.get(0));
        if (attempt == null || lines.size() < 2) {
            return Optional.empty();
        }
        ActivationResult result = result(lines.get(1));
        if (result == null) {
            return Optional.empty();
        }
        ProductFacts facts = new ProductFacts();
        facts.name = attempt.name();
        facts.skuId = attempt.skuId();
        facts.activation = result;
        return Optional.of(facts);
    }

    private static ActivationResult result(String line) {
        Hresult code = HexCodes.firstHresult(line);
        if (code != null) {
            return ActivationResult.failure(code);
        }
        if (line.startsWith(ACTIVATED)) {
            return ActivationResult.success();
        }
        // "Error: Product activation failed." and the non-genuine messages carry no code.
        if (line.startsWith(ERROR_PREFIX)) {
            return ActivationResult.failure(null);
        }
        return null;
    }
}
