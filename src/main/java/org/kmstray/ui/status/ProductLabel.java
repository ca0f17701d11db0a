package org.kmstray.ui.status;

import java.util.Locale;
import org.kmstray.i18n.Messages;
import org.kmstray.license.Product;
import org.kmstray.license.ProductNames;

/** The words the windows use for a product: its name, its license channel, its KMS host. */
public final class ProductLabel {
    private ProductLabel() {
    }

    /** The product's name as a person knows it: "Office 2019 專業增強版" rather than the license name. */
    public static String name(Product p, Messages m) {
        return ProductNames.friendly(p, m);
    }

    /** The channel in plain words: KMS, MAK, retail …; an unknown channel as Windows spells it. */
    public static String channel(Product p, Messages m) {
        String c = p.channel();
        if (p.kmsClient()) {
            return m.get("status.channel.kms");
        }
        if (c == null || c.isBlank()) {
            return m.get("status.none");
        }
        String u = c.toUpperCase(Locale.ROOT);
        if (u.contains("GRACE")) {
            return m.get("status.channel.grace");
        }
        if (u.contains("MAK")) {
            return m.get("status.channel.mak");
        }
        if (u.contains("OEM")) {
            return m.get("status.channel.oem");
        }
        if (u.contains("SUB")) {
            return m.get("status.channel.subscription");
        }
        if (u.contains("EVAL")) {
            return m.get("status.channel.evaluation");
        }
        if (u.contains("RETAIL")) {
            return m.get("status.channel.retail");
        }
        return c;
    }

    /** The KMS host the product uses: set by hand, found through DNS, or to be found through DNS. */
    public static String kmsHost(Product p, Messages m) {
        if (p.kmsHost() != null && !p.kmsHost().isBlank()) {
            return hostPort(p.kmsHost(), p.kmsPort());
        }
        if (p.discoveredKmsHost() != null && !p.discoveredKmsHost().isBlank()) {
            return m.get("status.kmsHost.discovered", hostPort(p.discoveredKmsHost(), p.discoveredKmsPort()));
        }
        return p.kmsClient() ? m.get("status.kmsHost.auto") : m.get("status.none");
    }

    private static String hostPort(String host, Integer port) {
        if (port == null || port == 1688) {
            return host;
        }
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
