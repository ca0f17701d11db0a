package org.kmstray.license.text;

/**
 * The lines of ospp.vbs and slmgr.vbs output that carry meaning, as the scripts print them.
 *
 * <p>Texts are the scripts' own English constants (windows-licensing.md §2.3 for ospp.vbs, whose text is
 * never translated; §3 for slmgr.vbs, whose English text is also its fallback). Matching ignores case and
 * white space before the colon, because pasted text loses neither meaning that way.
 */
enum KnownLine {
    // ospp.vbs /dstatus, /dstatusall, /act (OSPP16 MSG_* constants)
    PRODUCT_ID(Tool.OSPP, Role.STARTS, Shape.LABEL, "PRODUCT ID"),
    ACTIVATION_ATTEMPT(Tool.OSPP, Role.STARTS, Shape.PREFIX, "Installed product key detected - attempting to"),
    SKU_ID(Tool.OSPP, Role.IDENTITY, Shape.LABEL, "SKU ID"),
    LICENSE_NAME(Tool.OSPP, Role.IDENTITY, Shape.LABEL, "LICENSE NAME"),
    LICENSE_DESCRIPTION(Tool.OSPP, Role.IDENTITY, Shape.LABEL, "LICENSE DESCRIPTION"),
    BETA_EXPIRATION(Tool.OSPP, Role.IDENTITY, Shape.LABEL, "BETA EXPIRATION"),
    OSPP_LICENSE_STATUS(Tool.OSPP, Role.IDENTITY, Shape.LABEL, "LICENSE STATUS"),
    ERROR_CODE(Tool.OSPP, Role.IDENTITY, Shape.LABEL, "ERROR CODE"),
    ERROR_DESCRIPTION(Tool.OSPP, Role.DETAIL, Shape.LABEL, "ERROR DESCRIPTION"),
    REMAINING_GRACE(Tool.OSPP, Role.IDENTITY, Shape.LABEL, "REMAINING GRACE"),
    LAST_5_CHARACTERS(Tool.OSPP, Role.IDENTITY, Shape.LABEL, "Last 5 characters of installed product key"),
    ACTIVATION_SUCCESSFUL(Tool.OSPP, Role.IDENTITY, Shape.EXACT,
            "<Product activation successful>", "<Offline product activation successful>"),

    // The KMS client part, printed alike by both scripts under a product
    KMS_FROM_DNS(Tool.EITHER, Role.DETAIL, Shape.LABEL, "KMS machine name from DNS"),
    DNS_AUTO_DISCOVERY(Tool.EITHER, Role.DETAIL, Shape.LABEL, "DNS auto-discovery"),
    REGISTRY_OVERRIDE(Tool.EITHER, Role.DETAIL, Shape.LABEL, "KMS machine registry override defined"),
    REGISTERED_KMS_NAME(Tool.EITHER, Role.DETAIL, Shape.LABEL, "Registered KMS machine name"),
    ACTIVATION_INTERVAL(Tool.EITHER, Role.DETAIL, Shape.LABEL, "Activation Interval"),
    RENEWAL_INTERVAL(Tool.EITHER, Role.DETAIL, Shape.LABEL, "Renewal Interval"),

    // slmgr.vbs /dli and /dlv (SLMGR L_Msg* constants)
    NAME(Tool.SLMGR, Role.STARTS, Shape.LABEL, "Name"),
    DESCRIPTION(Tool.SLMGR, Role.IDENTITY, Shape.LABEL, "Description"),
    ACTIVATION_ID(Tool.SLMGR, Role.IDENTITY, Shape.LABEL, "Activation ID"),
    APPLICATION_ID(Tool.SLMGR, Role.IDENTITY, Shape.LABEL, "Application ID"),
    PRODUCT_KEY_CHANNEL(Tool.SLMGR, Role.IDENTITY, Shape.LABEL, "Product Key Channel"),
    PARTIAL_PRODUCT_KEY(Tool.SLMGR, Role.IDENTITY, Shape.LABEL, "Partial Product Key"),
    LICENSE_NOT_IN_USE(Tool.SLMGR, Role.IDENTITY, Shape.EXACT, "This license is not in use."),
    SLMGR_LICENSE_STATUS(Tool.SLMGR, Role.IDENTITY, Shape.LABEL, "License Status"),
    NOTIFICATION_REASON(Tool.SLMGR, Role.IDENTITY, Shape.LABEL, "Notification Reason"),
    ACTIVATION_EXPIRATION(Tool.SLMGR, Role.IDENTITY, Shape.LABEL,
            "Volume activation expiration", "Timebased activation expiration", "Automatic VM activation expiration"),
    TIME_REMAINING(Tool.SLMGR, Role.IDENTITY, Shape.LABEL, "Time remaining"),

    /** The scripts saying there is no product to report on (ospp.vbs MSG_NOKEYSINSTALLED, MSG_NOKMSLICS; slmgr L_MsgErrorPKey). */
    NO_PRODUCT_KEYS(Tool.NONE, Role.NOTHING_INSTALLED, Shape.EXACT,
            "<No installed product keys detected>", "No Office KMS licenses were found on the system.",
            "Error: product key not found."),

    /** Lines read for nothing, known only so that a hard-wrapped row is never glued onto one of them. */
    OTHER(Tool.NONE, Role.DETAIL, Shape.LABEL, "Activation Type Configuration", "KMS host caching", "KMS Lookup Domain",
            "Client Machine ID (CMID)", "KMS machine IP address", "KMS machine extended PID", "Extended PID",
            "Installation ID", "Trusted time", "Configured Activation Type", "Remaining Windows rearm count",
            "Remaining SKU rearm count", "Remaining App rearm count", "Software licensing service version",
            "Evaluation End Date", "Error", "NOTICE", "FOR MORE INFORMATION PLEASE VISIT");

    /** Which script prints the line, and so which kind of block it belongs to. */
    enum Tool { OSPP, SLMGR, EITHER, NONE }

    /** What the line does to the block it appears in. */
    enum Role {
        /** Always begins a new product block. */
        STARTS,
        /** Appears once per product: seen twice, a new product has begun (separator lines may be missing). */
        IDENTITY,
        /** Belongs to whatever product block is open. */
        DETAIL,
        /** The script says no product is installed. */
        NOTHING_INSTALLED
    }

    private enum Shape { LABEL, PREFIX, EXACT }

    /** A recognised line and the text after its label (the whole line for exact and prefix lines). */
    record Match(KnownLine line, String value) {
    }

    private final Tool tool;
    private final Role role;
    private final Shape shape;
    private final String[] texts;

    KnownLine(Tool tool, Role role, Shape shape, String... texts) {
        this.tool = tool;
        this.role = role;
        this.shape = shape;
        this.texts = texts;
    }

    Tool tool() {
        return tool;
    }

    Role role() {
        return role;
    }

    /** The known line {@code text} is, or null. {@code text} is a trimmed line. */
    static Match match(String text) {
        for (KnownLine k : values()) {
            for (String t : k.texts) {
                String value = k.valueOf(text, t);
                if (value != null) {
                    return new Match(k.disambiguate(text, value), value);
                }
            }
        }
        return null;
    }

    private String valueOf(String text, String known) {
        return switch (shape) {
            case LABEL -> Label.value(text, known);
            case PREFIX -> text.regionMatches(true, 0, known, 0, known.length()) ? text : null;
            case EXACT -> text.equalsIgnoreCase(known) ? text : null;
        };
    }

    /**
     * Both scripts print a "license status" label: ospp.vbs in capitals with a {@code ---TOKEN---} value,
     * slmgr.vbs as "License Status: Licensed".
     */
    private KnownLine disambiguate(String text, String value) {
        if (this != OSPP_LICENSE_STATUS) {
            return this;
        }
        boolean capitals = text.startsWith("LICENSE STATUS");
        return capitals || value.contains("---") ? OSPP_LICENSE_STATUS : SLMGR_LICENSE_STATUS;
    }
}
