package org.kmstray.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Addresses as people read and type them; the expected forms are the examples of RFC 5952 §4. */
class IpAddressTextTest {
    @Nested
    class Ipv6InItsShortForm {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "0:0:0:0:0:0:0:1, ::1",
                "0:0:0:0:0:0:0:0, ::",
                "2001:db8:0:0:0:0:0:5, 2001:db8::5",
                "2001:0db8:0000:0000:0000:0000:0002:0001, 2001:db8::2:1",
                "2001:db8:0:0:0:0:0:0, 2001:db8::",
                "2001:DB8:AAAA:0:0:0:0:1, 2001:db8:aaaa::1",
                // §4.2.2: one zero group is not shortened
                "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
                // §4.2.3: the longest run wins; of equal runs, the first
                "2001:0:0:1:0:0:0:1, 2001:0:0:1::1",
                "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
                "fe80:0:0:0:fc:ff:fe00:1, fe80::fc:ff:fe00:1",
                "::ffff:0:1, ::ffff:0:1"})
        void followsRfc5952(String given, String expected) {
            assertEquals(expected, IpAddressText.compact(given));
        }

        @Test
        void javasLongFormOfAnInetAddressIsShortened() throws UnknownHostException {
            InetAddress a = InetAddress.getByName("0:0:0:0:0:0:0:1");
            assertEquals("0:0:0:0:0:0:0:1", a.getHostAddress(), "the JDK's own form, which this class replaces");
            assertEquals("::1", IpAddressText.of(a));
        }

        @Test
        void aZoneIsKept() {
            assertEquals("fe80::1%eth0", IpAddressText.compact("fe80:0:0:0:0:0:0:1%eth0"));
        }
    }

    @Nested
    class OtherText {
        @Test
        void ipv4IsUnchanged() throws UnknownHostException {
            assertEquals("140.112.30.5", IpAddressText.compact("140.112.30.5"));
            assertEquals("140.112.30.5", IpAddressText.of(InetAddress.getByName("140.112.30.5")));
        }

        @Test
        void textThatIsNoAddressIsReturnedAsGiven() {
            assertEquals("not:an:address", IpAddressText.compact("not:an:address"));
            assertEquals("kms.example.edu", IpAddressText.compact("kms.example.edu"));
            assertEquals(null, IpAddressText.compact(null));
        }
    }
}
