package org.kmstray.license;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.kmstray.i18n.Messages;

/**
 * Explains the activation status codes a KMS client meets, for a student rather than an administrator.
 *
 * <p>The codes and their meanings are those of the licensing reference, §5 (slerror.h texts and
 * Microsoft's activation troubleshooting articles). Where the reference leaves a remedy unverified the
 * text says less instead of guessing. Texts live in the message bundles under
 * {@code error.<8 hex digits>.meaning} / {@code .remedy}; every pattern receives the code as {0}.
 */
public final class ErrorCatalogue {
    private static final List<Hresult> KNOWN = List.of(
            // No KMS host reached, or the host could not help.
            code(0xC004F074), code(0xC004F038), code(0xC004F039), code(0xC004F041), code(0xC004F042),
            code(0xC004F06C),
            // Name resolution and RPC.
            code(0x8007232B), code(0x8007232A), code(0x8007251D), code(0x800706BA),
            // Rights.
            code(0x80070005), code(0xC004F025),
            // Keys, licenses and the local license store.
            code(0xC004C003), code(0xC004F050), code(0xC004E015), code(0xC004F069), code(0xC004F014),
            code(0xC004F015), code(0xC004F017), code(0xC004F035), code(0x8007000D), code(0x8004FC12),
            // States of the product.
            code(0xC004F009), code(0xC004F00F), code(0xC004F056),
            // Informational: not errors.
            code(0x4004F040), code(0x4004F00C), code(0x4004F00D), code(0x4004FC04));

    private static final Set<Integer> KNOWN_VALUES = KNOWN.stream().map(Hresult::value).collect(Collectors.toUnmodifiableSet());

    private ErrorCatalogue() {
    }

    private static Hresult code(int value) {
        return new Hresult(value);
    }

    /** Every code the catalogue has texts for, errors first, informational codes last. */
    public static List<Hresult> knownCodes() {
        return KNOWN;
    }

    public static boolean isKnown(Hresult code) {
        return code != null && KNOWN_VALUES.contains(code.value());
    }

    /** The meaning and remedy of {@code code}; an unknown code gets generic texts that show it. */
    public static Explanation explain(Hresult code, Messages m) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(m, "messages");
        String hex = code.hex();
        if (isKnown(code)) {
            String prefix = keyPrefix(code);
            return new Explanation(code, m.get(prefix + ".meaning", hex), m.get(prefix + ".remedy", hex), true);
        }
        return new Explanation(code, m.get("error.unknown.meaning", hex), m.get("error.unknown.remedy", hex), false);
    }

    /** {@code error.C004F074}: the bundle key stem of a code. */
    static String keyPrefix(Hresult code) {
        return "error." + String.format(Locale.ROOT, "%08X", code.value());
    }
}
