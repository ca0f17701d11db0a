package org.kmstray.platform.windows;

/**
 * WMI hands uint32 values over in a signed 32-bit VARIANT (VT_I4), so 0xC004F00F arrives negative;
 * the CIM type says how to read the bits back.
 */
final class WmiIntegers {
    /** CIMTYPE values from WbemCli.h (also in JNA's Wbemcli). */
    static final int CIM_UINT8 = 17;
    static final int CIM_UINT16 = 18;
    static final int CIM_UINT32 = 19;

    private WmiIntegers() {
    }

    static long widen(long value, int cimType) {
        return switch (cimType) {
            case CIM_UINT32 -> value & 0xFFFF_FFFFL;
            case CIM_UINT16 -> value & 0xFFFFL;
            case CIM_UINT8 -> value & 0xFFL;
            default -> value;
        };
    }
}
