package org.kmstray.license;

/**
 * What a status code means and what the user can do about it, in the user's language.
 *
 * @param known false when the catalogue has no entry and the texts are the generic ones showing the code
 */
public record Explanation(Hresult code, String meaning, String remedy, boolean known) {
    /** The severity bit is set: something failed. */
    public boolean isError() {
        return !code.isSuccess();
    }

    /** Not an error, e.g. 0x4004F040, the normal reason code of a KMS-activated product. */
    public boolean isInformational() {
        return code.isSuccess();
    }
}
