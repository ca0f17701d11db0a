package org.kmstray.license.text;

import java.util.List;

/** Consecutive lines that speak about one product, or one statement that there is none. */
record Block(Kind kind, List<String> lines) {
    enum Kind {
        /** ospp.vbs /dstatus, /dstatusall or /act about one product, or an /act fragment. */
        OSPP_PRODUCT,
        /** slmgr.vbs /dli or /dlv about one product. */
        SLMGR_LICENSE,
        /** slmgr.vbs /xpr: the product name and its expiry line. */
        SLMGR_EXPIRY,
        /** slmgr.vbs /ato: the "Activating … (GUID) ..." line and the line after it. */
        SLMGR_ACTIVATION,
        /** A script saying no product key is installed. */
        NO_PRODUCTS
    }

    Block {
        lines = List.copyOf(lines);
    }
}
