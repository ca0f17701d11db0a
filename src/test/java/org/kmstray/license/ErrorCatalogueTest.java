package org.kmstray.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmstray.i18n.Language;
import org.kmstray.i18n.Messages;

class ErrorCatalogueTest {
    /** The codes the licensing reference (§5) lists and the catalogue must explain. */
    private static final List<Integer> REQUIRED = List.of(0xC004F074, 0xC004F038, 0xC004F039, 0xC004F041, 0xC004F042,
            0xC004F06C, 0x8007232B, 0x8007232A, 0x8007251D, 0x800706BA, 0x80070005, 0xC004F025, 0xC004C003, 0xC004F050,
            0xC004E015, 0xC004F069, 0xC004F014, 0xC004F009, 0xC004F00F, 0xC004F056, 0xC004F035, 0x8007000D,
            0xC004F015, 0xC004F017, 0x8004FC12, 0x4004F040, 0x4004F00C, 0x4004F00D, 0x4004FC04);
    private static final List<Integer> INFORMATIONAL = List.of(0x4004F040, 0x4004F00C, 0x4004F00D, 0x4004FC04);

    static Stream<Arguments> everyRequiredCodeInEveryLanguage() {
        return REQUIRED.stream().flatMap(c -> Stream.of(Language.values()).map(l -> Arguments.of(new Hresult(c), l)));
    }

    @Nested
    class KnownCodes {
        @ParameterizedTest(name = "{0} in {1}")
        @MethodSource("org.kmstray.license.ErrorCatalogueTest#everyRequiredCodeInEveryLanguage")
        void haveAMeaningAndARemedyInBothLanguages(Hresult code, Language language) {
            Explanation e = ErrorCatalogue.explain(code, Messages.of(language));
            assertTrue(e.known());
            assertEquals(code, e.code());
            assertUsable(e.meaning());
            assertUsable(e.remedy());
            assertNotEquals(e.meaning(), e.remedy());
        }

        @Test
        void areExactlyTheCodesTheReferenceLists() {
            Set<Integer> listed = ErrorCatalogue.knownCodes().stream().map(Hresult::value).collect(Collectors.toSet());
            assertEquals(Set.copyOf(REQUIRED), listed);
            assertEquals(REQUIRED.size(), ErrorCatalogue.knownCodes().size(), "no code listed twice");
        }

        @Test
        void haveTextsThatDifferBetweenTheLanguages() {
            for (Hresult code : ErrorCatalogue.knownCodes()) {
                Explanation en = ErrorCatalogue.explain(code, Messages.of(Language.ENGLISH));
                Explanation zh = ErrorCatalogue.explain(code, Messages.of(Language.TRADITIONAL_CHINESE));
                assertNotEquals(en.meaning(), zh.meaning(), code.hex());
                assertNotEquals(en.remedy(), zh.remedy(), code.hex());
            }
        }

        @Test
        void tellTheStudentOffCampusToUseTheVpnWhenNoKmsServerWasReached() {
            Explanation zh = ErrorCatalogue.explain(new Hresult(0xC004F074), Messages.of(Language.TRADITIONAL_CHINESE));
            assertTrue(zh.remedy().startsWith("找不到學校的 KMS 主機"), zh.remedy());
            assertTrue(zh.remedy().contains("若不在校內，請先連上學校的 VPN 再試一次"), zh.remedy());
            Explanation en = ErrorCatalogue.explain(new Hresult(0xC004F074), Messages.of(Language.ENGLISH));
            assertTrue(en.remedy().contains("connect to the campus VPN"), en.remedy());
        }

        @Test
        void showTheCodeWhereTheyAskToReportIt() {
            Explanation en = ErrorCatalogue.explain(new Hresult(0xC004F038), Messages.of(Language.ENGLISH));
            assertTrue(en.remedy().contains("0xC004F038"), en.remedy());
            assertTrue(en.remedy().contains("school's"), "'' becomes a plain apostrophe: " + en.remedy());
        }

        @ParameterizedTest
        @ValueSource(strings = {"0xc004f074", "C004F074", "0XC004F074"})
        void areFoundHoweverTheCodeWasWritten(String text) {
            assertTrue(ErrorCatalogue.isKnown(Hresult.parse(text).orElseThrow()));
        }
    }

    @Nested
    class UnknownCodes {
        @ParameterizedTest
        @EnumSource(Language.class)
        void getGenericTextsThatStillShowTheCode(Language language) {
            Hresult code = new Hresult(0xC004F999);
            assertFalse(ErrorCatalogue.isKnown(code));
            Explanation e = ErrorCatalogue.explain(code, Messages.of(language));
            assertFalse(e.known());
            assertTrue(e.meaning().contains("0xC004F999"), e.meaning());
            assertTrue(e.remedy().contains("0xC004F999"), e.remedy());
            assertUsable(e.meaning());
            assertUsable(e.remedy());
        }

        @Test
        void includeNullWhichIsNeverKnown() {
            assertFalse(ErrorCatalogue.isKnown(null));
        }

        @Test
        void cannotBeExplainedWithoutACode() {
            assertThrows(NullPointerException.class, () -> ErrorCatalogue.explain(null, Messages.of(Language.ENGLISH)));
        }
    }

    @Nested
    class InformationalCodes {
        @Test
        void areNotErrors() {
            for (int value : INFORMATIONAL) {
                Explanation e = ErrorCatalogue.explain(new Hresult(value), Messages.of(Language.ENGLISH));
                assertTrue(e.isInformational(), e.code().hex());
                assertFalse(e.isError(), e.code().hex());
            }
        }

        @Test
        void areTheOnlyKnownCodesThatAreNotErrors() {
            Set<Integer> notErrors = ErrorCatalogue.knownCodes().stream()
                    .map(c -> ErrorCatalogue.explain(c, Messages.of(Language.ENGLISH)))
                    .filter(e -> !e.isError()).map(e -> e.code().value()).collect(Collectors.toSet());
            assertEquals(Set.copyOf(INFORMATIONAL), notErrors);
        }

        @Test
        void includeTheNormalReasonOfAKmsActivatedProductWhichNeedsNothing() {
            Explanation e = ErrorCatalogue.explain(new Hresult(0x4004F040), Messages.of(Language.ENGLISH));
            assertEquals("Nothing to do.", e.remedy());
        }
    }

    @Nested
    class Bundles {
        @Test
        void holdNoErrorTextsForCodesTheCatalogueDoesNotList() throws IOException {
            Set<String> expected = new TreeSet<>();
            for (Hresult c : ErrorCatalogue.knownCodes()) {
                expected.add(ErrorCatalogue.keyPrefix(c) + ".meaning");
                expected.add(ErrorCatalogue.keyPrefix(c) + ".remedy");
            }
            expected.add("error.unknown.meaning");
            expected.add("error.unknown.remedy");
            for (String file : List.of("messages.properties", "messages_zh_TW.properties")) {
                Set<String> errorKeys = load(file).stringPropertyNames().stream().filter(k -> k.startsWith("error."))
                        .collect(Collectors.toCollection(TreeSet::new));
                assertEquals(expected, errorKeys, file);
            }
        }
    }

    private static void assertUsable(String text) {
        assertFalse(text.isBlank());
        assertFalse(text.startsWith("!"), "missing key: " + text);
        assertFalse(text.contains("''"), "doubled apostrophe left in: " + text);
        assertFalse(text.matches(".*\\{\\d}.*"), "unfilled placeholder: " + text);
    }

    private static Properties load(String name) throws IOException {
        Path dir = Path.of(System.getProperty("kmstray.project.dir", "."), "i18n");
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
