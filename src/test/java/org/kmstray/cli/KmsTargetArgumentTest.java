package org.kmstray.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KmsTargetArgumentTest {
    @Nested
    class Accepted {
        @ParameterizedTest(name = "{0} \u2192 host {1}, port {2}")
        @CsvSource(delimiter = '|', nullValues = "none", value = {
            "kms.example.edu         | kms.example.edu | none",
            "kms.example.edu:1689    | kms.example.edu | 1689",
            "KMS.Example.EDU.        | KMS.Example.EDU | none",
            "140.112.2.3:1688        | 140.112.2.3     | 1688",
            "[::1]:1688              | ::1             | 1688",
            "[2001:db8::5]           | 2001:db8::5     | none",
            "::1                     | ::1             | none",
            "2001:db8::1688          | 2001:db8::1688  | none",
            "kms:65535               | kms             | 65535",
            "kms:00001               | kms             | 1"})
        void hostAndOptionalPort(String word, String host, Integer port) throws UsageException {
            KmsTargetArgument t = KmsTargetArgument.parse(word);
            assertEquals(host, t.host().value());
            assertEquals(port == null ? OptionalInt.empty() : OptionalInt.of(port), t.port());
        }
    }

    @Nested
    class Refused {
        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"kms.example.edu;calc", "kms example.edu", "kms.example.edu & calc", "\"kms\"", "%COMPUTERNAME%",
            "kms.ex\u0430mple.edu", "-kms.example.edu", "..", "256.1.1.1"})
        void hostsThatAreNoHostNames(String word) {
            UsageException e = assertThrows(UsageException.class, () -> KmsTargetArgument.parse(word));
            assertEquals("value.host", e.messageKey().substring(0, 10), e.messageKey());
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"kms:0", "kms:70000", "kms:", "kms:-1", "kms:12a", "[::1]:0", "[::1]:", "kms:123456"})
        void portsOutsideOneTo65535(String word) {
            assertEquals("cli.checkKms.badPort", assertThrows(UsageException.class, () -> KmsTargetArgument.parse(word)).messageKey());
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"[::1", "[::1]1688", "[kms.example.edu]:1688", "[127.0.0.1]"})
        void bracketsThatDoNotHoldAnIpv6Address(String word) {
            assertEquals("cli.checkKms.badTarget", assertThrows(UsageException.class, () -> KmsTargetArgument.parse(word)).messageKey());
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"", ":1688"})
        void anEmptyHost(String word) {
            assertEquals("value.host.empty", assertThrows(UsageException.class, () -> KmsTargetArgument.parse(word)).messageKey());
        }
    }
}
