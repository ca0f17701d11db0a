package org.kmstray.renewal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A license SKU (the WMI {@code ID}) as a strict GUID: 8-4-4-4-12 hex digits, no braces, no spaces.
 * Only values of this type reach the activation step, so a product is always selected by a value that
 * cannot carry a quote or a WQL operator.
 */
public record SkuId(String value) {
    /**
     * The same pattern text is in the activation script, which checks every SKU again ({@code \A…\z} so that
     * neither Java nor .NET accepts a trailing line break).
     */
    public static final String PATTERN = "\\A[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\z";
    private static final Pattern GUID = Pattern.compile(PATTERN);

    public SkuId {
        if (value == null || !GUID.matcher(value).matches()) {
            throw new IllegalArgumentException("not a SKU ID: " + value);
        }
        value = value.toLowerCase(Locale.ROOT);
    }

    public static Optional<SkuId> parse(String text) {
        return text != null && GUID.matcher(text).matches() ? Optional.of(new SkuId(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
