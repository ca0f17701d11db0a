package org.kmstray.settings;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTest {
    @Test
    void ipv4BlocksContainTheirAddresses() throws Exception {
        Cidr c = Cidr.parse("140.112.0.0/16");
        assertTrue(c.contains(Cidr.literal("140.112.30.5")));
        assertFalse(c.contains(Cidr.literal("140.113.0.1")));
        assertFalse(c.contains(Cidr.literal("::1")));
    }

    @Test
    void ipv6BlocksContainTheirAddresses() throws Exception {
        Cidr c = Cidr.parse("2001:288::/32");
        assertTrue(c.contains(Cidr.literal("2001:288:4001::10")));
        assertFalse(c.contains(Cidr.literal("2001:289::1")));
        assertFalse(c.contains(Cidr.literal("140.112.30.5")));
    }

    @Test
    void hostBitsAreIgnoredAndASingleAddressIsABlock() throws Exception {
        assertTrue(Cidr.parse("140.112.30.5/16").contains(Cidr.literal("140.112.1.1")));
        assertTrue(Cidr.parse("10.0.0.1").contains(Cidr.literal("10.0.0.1")));
        assertTrue(Cidr.parse("0.0.0.0/0").contains(Cidr.literal("8.8.8.8")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"140.112.0.0/33", "2001::/129", "campus", "140.112.0.0/", "1.2.3.4/x", "", "01.2.3.4/8"})
    void rejectsWhatIsNotABlock(String text) {
        assertThrows(InvalidValueException.class, () -> Cidr.parse(text));
    }

    @Test
    void literalNeverAsksDns() {
        assertNull(Cidr.literal("example.com"));
    }
}
