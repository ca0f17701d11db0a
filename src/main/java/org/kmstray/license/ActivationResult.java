package org.kmstray.license;

/** The result of one activation attempt for one product; {@code code} is null on success without a code. */
public record ActivationResult(boolean succeeded, Hresult code) {
    public static ActivationResult success() {
        return new ActivationResult(true, null);
    }

    public static ActivationResult failure(Hresult code) {
        return new ActivationResult(false, code);
    }
}
