package org.kmstray.renewal;

import java.util.Locale;
import java.util.Optional;
import org.kmstray.i18n.Messages;
import org.kmstray.license.Product;
import org.kmstray.license.ProductNames;

/**
 * A product that a renewal leaves alone, with the plain-words reason the user is shown: the campus KMS
 * host activates only KMS client (GVLK) licenses, so any other kind is someone else's to look after.
 */
public record NotRenewed(Product product, Reason reason) {
    public enum Reason {
        /** A retail license, activated online by Microsoft with its own key. */
        RETAIL("renewal.notRenewed.retail"),
        /** A retail grace license left from installation (e.g. {@code RETAIL(Grace)}); it expires by design. */
        GRACE("renewal.notRenewed.grace"),
        /** A Multiple Activation Key: activated once, no renewal. */
        MAK("renewal.notRenewed.mak"),
        /** Preinstalled by the PC maker. */
        OEM("renewal.notRenewed.oem"),
        /** A time-based subscription (Microsoft 365), activated by signing in. */
        SUBSCRIPTION("renewal.notRenewed.subscription"),
        /** A time-limited trial. */
        EVALUATION("renewal.notRenewed.evaluation"),
        /** A channel this app does not know; shown with the channel as {1}. */
        OTHER("renewal.notRenewed.other"),
        /** A KMS client whose SKU ID is not known (e.g. read from pasted text), so it cannot be selected. */
        NO_SKU_ID("renewal.notRenewed.noSkuId");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        /** A sentence taking the product name as {0} and the channel as {1}. */
        public String messageKey() {
            return messageKey;
        }
    }

    public NotRenewed {
        if (product == null || reason == null) {
            throw new IllegalArgumentException("product and reason are required");
        }
    }

    /** Why a renewal leaves this product alone, or empty when it is a KMS client it can activate. */
    public static Optional<NotRenewed> of(Product product) {
        if (!product.kmsClient()) {
            return Optional.of(new NotRenewed(product, reasonFor(product)));
        }
        if (SkuId.parse(product.skuId()).isEmpty()) {
            return Optional.of(new NotRenewed(product, Reason.NO_SKU_ID));
        }
        return Optional.empty();
    }

    /**
     * The reason for a product that is not a KMS client, from its channel words as WMI and ospp.vbs print
     * them (RETAIL, RETAIL(Grace), RETAIL(MAK), VOLUME_MAK, OEM_DM, TIMEBASED_SUB, TIMEBASED_EVAL, and
     * ProductKeyChannel Retail, Volume:MAK, OEM:DM, Retail:TB:Eval — windows-licensing.md §1.2).
     */
    public static Reason reasonFor(Product product) {
        String words = ((product.channel() == null ? "" : product.channel()) + " "
                + (product.description() == null ? "" : product.description())).toUpperCase(Locale.ROOT);
        if (words.contains("GRACE")) {
            return Reason.GRACE;
        }
        if (words.contains("MAK")) {
            return Reason.MAK;
        }
        if (words.contains("OEM")) {
            return Reason.OEM;
        }
        if (words.contains("SUB")) {
            return Reason.SUBSCRIPTION;
        }
        if (words.contains("EVAL")) {
            return Reason.EVALUATION;
        }
        if (words.contains("RETAIL")) {
            return Reason.RETAIL;
        }
        return Reason.OTHER;
    }

    /** The message arguments: the product's name as people know it, and its channel. */
    public Object[] messageArgs(Messages m) {
        return new Object[] {ProductNames.friendly(product, m), product.channel() == null ? "?" : product.channel()};
    }
}
