package org.kmstray.platform.windows;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmstray.renewal.KmsEndpoint;
import org.kmstray.renewal.SkuId;
import org.kmstray.settings.HostName;
import org.kmstray.settings.InvalidValueException;

/** Hostile values are refused at every door before anything could reach the elevated step's command line. */
class HostileInputTest {
    static final String SKU = "85dd8b5f-eaa4-4af3-a628-cce9e77c9a03";

    static Stream<String> hostileHosts() {
        return Stream.of(
                "kms.edu;calc",
                "\"a b\"",
                "a b",
                "-x",
                "a&&b",
                "%PATH%",
                "$(calc)",
                "kms.edu'+'x",
                "kms.edu`n",
                "kms.edu\n",
                "x".repeat(300),
                // Cyrillic 'а' (U+0430) in place of the Latin 'a': looks the same, is not the same host.
                "kms.ex\u0430mple.edu",
                "ｋｍｓ.example.edu",
                "");
    }

    @Nested
    class AHostName {
        @ParameterizedTest
        @MethodSource("org.kmstray.platform.windows.HostileInputTest#hostileHosts")
        void isRefusedByTheSettingsType(String host) {
            assertThrows(InvalidValueException.class, () -> HostName.parse(host));
        }

        @ParameterizedTest
        @MethodSource("org.kmstray.platform.windows.HostileInputTest#hostileHosts")
        void isRefusedByTheElevatedStepsRules(String host) {
            assertFalse(ArgumentRules.isHost(host));
        }

        @ParameterizedTest
        @MethodSource("org.kmstray.platform.windows.HostileInputTest#hostileHosts")
        void cannotBecomeAnArgumentOfTheScript(String host) {
            assertThrows(IllegalArgumentException.class,
                    () -> new ScriptArguments("", "", List.of(SKU), host, 1688, List.of(SKU), ""));
        }

        @Test
        void aHostJustInsideTheRulesIsAccepted() {
            String longest = String.join(".", "a".repeat(63), "b".repeat(63), "c".repeat(63), "d".repeat(61));
            assertTrue(longest.length() == 253 && ArgumentRules.isHost(longest));
            assertTrue(ArgumentRules.isHost("kms.example.edu"));
            assertTrue(ArgumentRules.isHost("140.112.30.5"));
            assertTrue(ArgumentRules.isHost("2001:db8::1688"));
            assertFalse(ArgumentRules.isHost("999.1.1.1"), "all-digit names must be real IPv4 addresses");
            assertFalse(ArgumentRules.isHost("kms.example.edu."), "only the exact form that is passed on is accepted");
        }
    }

    @Nested
    class APort {
        @ParameterizedTest
        @ValueSource(ints = {0, -1, 65536, Integer.MAX_VALUE})
        void outside1To65535IsRefusedEverywhere(int port) {
            assertFalse(ArgumentRules.isPort(port));
            assertThrows(IllegalArgumentException.class, () -> new KmsEndpoint(new HostName("kms.example.edu"), port));
            assertThrows(IllegalArgumentException.class,
                    () -> new ScriptArguments("", "", List.of(SKU), "kms.example.edu", port, List.of(SKU), ""));
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 1688, 65535})
        void insideTheRangeIsAccepted(int port) {
            assertDoesNotThrow(() -> new ScriptArguments("", "", List.of(SKU), "kms.example.edu", port, List.of(SKU), ""));
        }
    }

    @Nested
    class ASku {
        @ParameterizedTest
        @ValueSource(strings = {"85dd8b5f", "{85dd8b5f-eaa4-4af3-a628-cce9e77c9a03}", "85dd8b5f-eaa4-4af3-a628-cce9e77c9a03' OR '1'='1",
                "85dd8b5f-eaa4-4af3-a628-cce9e77c9a03\n", "85dd8b5f-eaa4-4af3-a628-cce9e77c9a0\u0430", "*", ""})
        void thatIsNotAStrictGuidIsRefusedEverywhere(String sku) {
            assertTrue(SkuId.parse(sku).isEmpty());
            assertFalse(ArgumentRules.isGuid(sku));
            assertThrows(IllegalArgumentException.class, () -> new ScriptArguments("", "", List.of(sku), "", 0, List.of(), ""));
        }
    }

    @Nested
    class TheOtherArguments {
        @ParameterizedTest
        @ValueSource(strings = {"x", "S-1-5-21-1;calc", "S-1-5-21-1 2", "s-1-5-21-1", "S-1-5-21-11111111111"})
        void aSidThatIsNotASidIsRefused(String sid) {
            assertThrows(IllegalArgumentException.class,
                    () -> new ScriptArguments("11111111-2222-3333-4444-555555555555", sid, List.of(SKU), "", 0, List.of(), ""));
        }

        @ParameterizedTest
        @ValueSource(strings = {"a/b", "../x", "11111111-2222-3333-4444-55555555555"})
        void aTokenThatIsNotAGuidIsRefused(String token) {
            assertThrows(IllegalArgumentException.class,
                    () -> new ScriptArguments(token, "S-1-5-21-1-2-3-1001", List.of(SKU), "", 0, List.of(), ""));
        }

        @ParameterizedTest
        @ValueSource(strings = {"OSPP.VBS", "\\\\server\\share\\OSPP.VBS", "C:\\Program Files\\..\\Users\\x\\OSPP.VBS",
                "C:\\Users\\x\\evil.vbs", "C:\\Program Files\\Microsoft Office\\Office16\\OSPP.VBS'; calc; '",
                "C:\\Program Files\\Microsoft Office\\Office16\\OSPP.VBS\n"})
        void anOsppPathOutsideThePlainFormIsRefused(String path) {
            assertFalse(ArgumentRules.isOsppPath(path));
        }

        @Test
        void theUsualOsppPathsAreAccepted() {
            assertTrue(ArgumentRules.isOsppPath("C:\\Program Files\\Microsoft Office\\Office16\\OSPP.VBS"));
            assertTrue(ArgumentRules.isOsppPath("C:\\Program Files (x86)\\Microsoft Office\\root\\Office16\\ospp.vbs"));
        }

        @Test
        void aTokenNeedsTheSidThatMayReadTheResult() {
            assertThrows(IllegalArgumentException.class,
                    () -> new ScriptArguments("11111111-2222-3333-4444-555555555555", "", List.of(SKU), "", 0, List.of(), ""));
        }

        @Test
        void aHostIsSetOnlyOnProductsOfTheRun() {
            assertThrows(IllegalArgumentException.class, () -> new ScriptArguments("", "", List.of(SKU), "kms.example.edu", 1688,
                    List.of("5b5cf08f-b81a-431d-b080-3450d8620565"), ""));
        }
    }

    @Test
    void aValidRunRendersOnlyPlainCharactersInSingleQuotes() {
        ScriptArguments a = new ScriptArguments("11111111-2222-3333-4444-555555555555", "S-1-5-21-1004336348-1177238915-682003330-1001",
                List.of(SKU), "kms.example.edu", 1688, List.of(SKU), "C:\\Program Files\\Microsoft Office\\Office16\\OSPP.VBS");

        String rendered = a.render();

        assertTrue(rendered.matches("[A-Za-z0-9 '.,:()\\\\-]+"), rendered);
        assertTrue(rendered.contains("-KmsHost 'kms.example.edu' -KmsPort 1688"), rendered);
        assertFalse(rendered.contains("\""));
    }
}
