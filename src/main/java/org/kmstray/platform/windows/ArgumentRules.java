package org.kmstray.platform.windows;

import java.util.regex.Pattern;
import org.kmstray.renewal.SkuId;
import org.kmstray.settings.HostName;
import org.kmstray.settings.InvalidValueException;

/**
 * The checks every value passes before it goes into the activation step, the same rules (and, for the
 * patterns, the same text) as the checks {@code activate.ps1} repeats inside that step. A value is accepted
 * only in the exact form that is passed on: nothing is trimmed or rewritten here.
 */
public final class ArgumentRules {
    public static final String GUID = SkuId.PATTERN;
    public static final String HOST_CHARS = "\\A[A-Za-z0-9.:-]{1,253}\\z";
    public static final String SID = "\\AS-1-[0-9]{1,2}(-[0-9]{1,10}){1,14}\\z";
    public static final String OSPP_PATH = "\\A[A-Za-z]:\\\\[A-Za-z0-9 ()._\\\\-]{1,240}\\\\[Oo][Ss][Pp][Pp]\\.[Vv][Bb][Ss]\\z";

    private static final Pattern GUID_P = Pattern.compile(GUID);
    private static final Pattern HOST_CHARS_P = Pattern.compile(HOST_CHARS);
    private static final Pattern SID_P = Pattern.compile(SID);
    private static final Pattern OSPP_P = Pattern.compile(OSPP_PATH);

    private ArgumentRules() {
    }

    public static boolean isGuid(String v) {
        return v != null && GUID_P.matcher(v).matches();
    }

    /** A DNS name or IP literal, ASCII only, at most 253 characters, exactly as {@link HostName} keeps it. */
    public static boolean isHost(String v) {
        if (v == null || !HOST_CHARS_P.matcher(v).matches()) {
            return false;
        }
        try {
            return HostName.parse(v).value().equals(v);
        } catch (InvalidValueException e) {
            return false;
        }
    }

    public static boolean isPort(int port) {
        return port >= 1 && port <= 65535;
    }

    public static boolean isSid(String v) {
        return v != null && SID_P.matcher(v).matches();
    }

    /** An absolute ospp.vbs path of plain characters; where it lies is checked again inside the step. */
    public static boolean isOsppPath(String v) {
        return v != null && OSPP_P.matcher(v).matches() && !v.contains("..");
    }
}
