package org.kmstray.platform.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WmiIntegersTest {
    @Test
    void readsAnUnsigned32BitReasonThatArrivedNegative() {
        // LicenseStatusReason 0xC004F00F (sample ospp-dstatus-office2016-mixed-notifications-C004F00F-zhcn-01.txt)
        assertEquals(0xC004F00FL, WmiIntegers.widen(0xC004F00F, WmiIntegers.CIM_UINT32));
        assertEquals(4294967295L, WmiIntegers.widen(-1, WmiIntegers.CIM_UINT32));
    }

    @Test
    void leavesSmallUnsignedValuesAlone() {
        assertEquals(259200L, WmiIntegers.widen(259200, WmiIntegers.CIM_UINT32));
    }

    @Test
    void keepsTheSignOfSignedTypes() {
        assertEquals(-1L, WmiIntegers.widen(-1, 3 /* CIM_SINT32 */));
    }

    @Test
    void readsNarrowUnsignedTypesByTheirWidth() {
        assertEquals(65535L, WmiIntegers.widen((short) -1, WmiIntegers.CIM_UINT16));
        assertEquals(255L, WmiIntegers.widen((byte) -1, WmiIntegers.CIM_UINT8));
    }
}
