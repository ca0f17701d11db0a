package org.kmstray.license.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmstray.license.Hresult;

/** The small readers the block readers are built from. */
class TextPiecesTest {
    @Nested
    class Codes {
        @Test
        void theFirstCodeIsFoundWhateverLanguageSurroundsIt() {
            assertEquals(new Hresult(0xC004F074), HexCodes.first("错误: 0xC004F074 软件授权服务报告无法激活计算机。"));
            assertEquals(new Hresult(0x4004F040), HexCodes.first("0x4004F040 (for information purposes only as the status is licensed)"));
        }

        @Test
        void shortCodesAsVbscriptPrintsThemAreRead() {
            assertEquals(new Hresult(0x4F), HexCodes.first("0x4F"));
        }

        @Test
        void anHresultNeedsAllEightDigits() {
            assertEquals(new Hresult(0xC004F039), HexCodes.firstHresult("run 'slui.exe 0x2a 0xC004F039' to display"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0x", "ERROR CODE: 0x", "0x123456789", "10x5", "0xg", "no code", "x0x"})
        void anythingElseIsNoCode(String text) {
            assertNull(HexCodes.first(text));
        }
    }

    @Nested
    class Identifiers {
        @Test
        void guidsAreLowerCasedAndMayStandInBraces() {
            assertEquals("85dd8b5f-eaa4-4af3-a628-cce9e77c9a03", Guids.parse("{85DD8B5F-EAA4-4AF3-A628-CCE9E77C9A03}"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"****7360-8c5f-417c-9d61-816******e0c", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
                "85dd8b5f-eaa4-4af3-a628-cce9e77c9a0", "85dd8b5f-eaa4-4af3-a628-cce9e77c9a03x", ""})
        void redactedOrCutGuidsAreUnknown(String value) {
            assertNull(Guids.parse(value));
        }

        @ParameterizedTest
        @ValueSource(strings = {"*****", "xxxxx", "6MWK", "6MWKPX", "6MW P"})
        void redactedKeyEndingsAreUnknown(String value) {
            assertNull(PartialKeys.parse(value));
        }
    }

    @Nested
    class NumbersInText {
        @Test
        void minutesAreTakenFromTheParentheses() {
            assertEquals(259200L, Numbers.inParentheses("180 days  (259200 minute(s) before expiring)"));
        }

        @Test
        void leadingNumbersAreRead() {
            assertEquals(243720L, Numbers.leadingLong("243720 minute(s) (169 day(s))"));
            assertEquals(120, Numbers.leadingInt("120 minutes"));
        }

        @Test
        void numbersTooLongToBeRealAreUnknown() {
            assertNull(Numbers.leadingLong("9".repeat(19)));
            assertNull(Numbers.leadingInt("9999999999 minutes"));
            assertNull(Numbers.inParentheses("no parentheses"));
        }
    }

    @Nested
    class CopyPasteArtefacts {
        @Test
        void spacesAfterUnderscoresAreRemoved() {
            assertEquals("Office 16, TIMEBASED_SUB channel", CopyPasteRepair.underscores("Office 16, TIMEBASED_ SUB channel"));
            assertEquals(" ---OOB_GRACE---", CopyPasteRepair.underscores(" ---OOB_  GRACE---"));
        }

        @Test
        void otherSpacesStay() {
            assertEquals("Office 19, RETAIL(Grace) channel", CopyPasteRepair.underscores("Office 19, RETAIL(Grace) channel"));
        }
    }

    @Nested
    class ConsoleNoise {
        /** Banners quoted in windows-licensing.md §2.4 and in the samples. */
        @ParameterizedTest
        @ValueSource(strings = {"Microsoft (R) Windows Script Host Version 5.812",
                "Copyright (C) Microsoft Corporation. All rights reserved.",
                "版权所有(C) Microsoft Corporation。保留所有权利。",
                "Copyright (C) Microsoft Corp. 1996-2006, 著作權所有，並保留一切權利",
                "Microsoft (R) Windows Script Host 버전 5.7",
                "Сервер сценариев Windows (Microsoft R) версия 5.812",
                "Host skryptów systemu Windows firmy Microsoft (R) wersja 5.812"})
        void bannersAreRecognisedInAnyLanguage(String line) {
            assertTrue(LineShapes.isBanner(line));
        }

        @ParameterizedTest
        @ValueSource(strings = {"LICENSE NAME: Office 19, Office19ProPlus2019VL_KMS_Client_AE edition",
                "Name: Windows(R), ServerStandard edition", "Software licensing service version: 10.0.17763.2028"})
        void productLinesAreNoBanners(String line) {
            assertFalse(LineShapes.isBanner(line));
        }

        @ParameterizedTest
        @ValueSource(strings = {"C:\\Program Files\\Microsoft Office\\Office16>cscript ospp.vbs /act",
                "PS C:\\Users\\Administrator> cscript ospp.vbs /dstatus", "C:\\>pause"})
        void promptsAreRecognised(String line) {
            assertTrue(LineShapes.isPrompt(line));
        }
    }

    @Nested
    class ActivationLines {
        @Test
        void nameAndGuidAreReadInAnyLanguage() {
            assertEquals(new ActivationLine("Windows(R), EnterpriseS edition", "2d5a5a60-3040-48bf-beb0-fcd770c20ce0"),
                    ActivationLine.parse("正在激活 Windows(R), EnterpriseS edition (2d5a5a60-3040-48bf-beb0-fcd770c20ce0) ..."));
        }

        @ParameterizedTest
        @ValueSource(strings = {"Activating (2d5a5a60-3040-48bf-beb0-fcd770c20ce0) ...",
                "Activating Windows(R), EnterpriseS edition (2d5a5a60-3040-48bf-beb0-fcd770c20ce) ...",
                "Activating Windows(R), EnterpriseS edition ...", "(", ")", "..."})
        void linesWithoutANameAndAGuidAreNot(String line) {
            assertNull(ActivationLine.parse(line));
        }
    }
}
