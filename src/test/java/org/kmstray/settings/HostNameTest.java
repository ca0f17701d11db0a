package org.kmstray.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostNameTest {
    @ParameterizedTest
    @ValueSource(strings = {"kms.example.edu.tw", "KMS-1.ntu.edu.tw", "localhost", "140.112.2.1", "::1", "2001:288:1::5",
            "::ffff:140.112.2.1", "xn--kms-xx0a.edu.tw", "kms.example.edu.tw."})
    void acceptsDnsNamesAndIpLiterals(String host) throws InvalidValueException {
        HostName.parse(host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kms.example.edu.tw;calc", "a b", "\"a b\"", "-x", "a&&b", "%PATH%", "kms|x", "kms`x`",
            "k\u0430ms.edu.tw", "ｋｍｓ.edu.tw", "kms..edu", "kms.edu.tw\n", "$(calc)", "999.1.1.1", "1.2.3", ":::", "1::2::3",
            "a_b.edu", "kms.edu.tw:1688"})
    void rejectsAnythingThatCouldSmuggleCommandsOrIsNotAHost(String host) {
        assertThrows(InvalidValueException.class, () -> HostName.parse(host));
    }

    @Test
    void rejectsNamesLongerThan253Characters() {
        String longName = ("a".repeat(60) + ".").repeat(5);
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> HostName.parse(longName));
        assertEquals("value.host.tooLong", e.messageKey());
    }

    @Test
    void bracketsIpv6ForHostPortText() {
        assertEquals("[::1]", new HostName("::1").bracketed());
        assertEquals("kms.edu", new HostName("kms.edu").bracketed());
    }
}
