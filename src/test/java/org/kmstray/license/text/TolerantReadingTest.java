package org.kmstray.license.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kmstray.license.text.ReadingAssertions.assertNotScriptOutput;
import static org.kmstray.license.text.ReadingAssertions.assertSameReading;
import static org.kmstray.license.text.ReadingAssertions.products;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmstray.license.LicenseReading;
import org.kmstray.license.LicenseStatus;
import org.kmstray.license.Product;
import org.kmstray.license.ProductError;
import org.kmstray.license.Verdict;

/** Real pasted text is messy: the same products must come out of it anyway. */
class TolerantReadingTest {
    private static final String MIXED = "ospp-dstatus-office2016-mixed-notifications-C004F00F-zhcn-01.txt";
    private static final String KMS_STATUS = "ospp-dstatus-office2019-kms-zhcn-01.txt";

    static List<String> samples() throws IOException {
        return TestTexts.sampleNames();
    }

    private static LicenseReading parse(String text) {
        return ScriptOutputParser.parse(text, "pasted.txt");
    }

    private static LicenseReading sample(String name) throws IOException {
        return parse(TestTexts.sample(name));
    }

    @Nested
    class Encodings {
        @ParameterizedTest
        @MethodSource("org.kmstray.license.text.TolerantReadingTest#samples")
        void aByteOrderMarkAndWindowsLineEndingsChangeNothing(String name) throws IOException {
            String text = TestTexts.sample(name);
            assertSameReading(parse(text), parse("\uFEFF" + text.replace("\n", "\r\n")));
        }

        @Test
        void utf16ReadAsSingleBytesStillGivesTheEnglishText() throws IOException {
            String text = TestTexts.sample("ospp-session-office2016-kms-customport-enus-01.txt");
            String misread = new String(text.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.ISO_8859_1);
            assertEquals(parse(text), parse(misread));
        }
    }

    @Nested
    class ConsoleLayout {
        @ParameterizedTest
        @ValueSource(strings = {"Microsoft (R) Windows Script Host 버전 5.7",
                "Сервер сценариев Windows (Microsoft R) версия 5.812",
                "Host skryptów systemu Windows firmy Microsoft (R) wersja 5.812",
                "Copyright (C) Microsoft Corp. 1996-2006, 著作權所有，並保留一切權利"})
        void bannersInOtherLanguagesAreSkipped(String banner) throws IOException {
            assertEquals(sample(KMS_STATUS), parse(banner + "\n" + TestTexts.sample(KMS_STATUS)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "    ", "        ", " "})
        void kmsLinesIndentedWithSpacesOrNothingReadTheSame(String indent) throws IOException {
            String text = TestTexts.sample(KMS_STATUS).replace("        ", indent);
            assertEquals(sample(KMS_STATUS), parse(text));
        }

        @Test
        void missingSeparatorsAndBlankLinesStillSeparateTheProducts() throws IOException {
            String text = TestTexts.sample(MIXED).lines()
                    .filter(l -> !l.startsWith("---") && !l.isBlank())
                    .collect(Collectors.joining("\n"));
            assertEquals(sample(MIXED), parse(text));
        }

        @Test
        void aWrappedZhCnActivationLineIsStillRead() throws IOException {
            String[] lines = TestTexts.sample("slmgr-ato-error-C004F074-zhcn-01.txt").split("\n");
            // "正在激活 " is four wide characters plus a space: 9 columns; the row ends at column 80.
            String wrapped = lines[0].substring(0, 76) + "\n" + lines[0].substring(76) + "\n" + lines[1];
            assertEquals(80, ConsoleColumns.of(lines[0].substring(0, 76)));
            assertEquals(sample("slmgr-ato-error-C004F074-zhcn-01.txt"), parse(wrapped));
        }

        @Test
        void aSessionOfBothScriptsGivesTheProductsOfBoth() throws IOException {
            String text = "C:\\Windows\\system32>cscript slmgr.vbs /dli\n"
                    + TestTexts.sample("slmgr-dli-win7-kms-client-microsoft-docs-01.txt")
                    + "\nC:\\Program Files\\Microsoft Office\\Office16>cscript ospp.vbs /dstatus\n"
                    + TestTexts.sample(KMS_STATUS);
            List<Product> products = products(parse(text));
            assertEquals(List.of("DVQ7P", "6MWKP"), products.stream().map(Product::partialKey).toList());
            assertEquals(List.of(15, 120), products.stream().map(Product::activationIntervalMinutes).toList());
        }
    }

    @Nested
    class Redactions {
        @Test
        void aRedactedSkuIdAndKeyLeaveTheProductWithTheRest() throws IOException {
            String text = TestTexts.sample(KMS_STATUS)
                    .replace("85dd8b5f-eaa4-4af3-a628-cce9e77c9a03", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx")
                    .replace("key: 6MWKP", "key: *****")
                    .replace("kms.ghpym.com", "*-*-*");
            Product p = products(parse(text)).get(0);
            assertEquals(null, p.skuId());
            assertEquals(null, p.partialKey());
            assertEquals(null, p.kmsHost());
            assertEquals(LicenseStatus.LICENSED, p.status());
            assertEquals(259200L, p.remainingMinutes());
        }
    }

    @Nested
    class ActivationPerProduct {
        @Test
        void aGraceSkuFailingInTheSameRunIsNotTheKmsProductsFailure() throws IOException {
            LicenseReading reading = sample("ospp-act-office2019-grace-and-kms-success-zhcn-01.txt");
            assertEquals(Verdict.OK, Verdict.of(reading, 30));
        }

        @Test
        void theKmsProductFailingIsAProblem() throws IOException {
            assertEquals(Verdict.PROBLEM, Verdict.of(sample("ospp-act-office2013-error-8007000D-01.txt"), 30));
        }

        @Test
        void aFragmentWithoutProductCountsAsAFailureOfUnknownChannel() throws IOException {
            assertEquals(Verdict.PROBLEM, Verdict.of(sample("ospp-act-office2010-error-C004F074-fragment-wrapped-01.txt"), 30));
        }
    }

    @Nested
    class Merging {
        private static final String ACT = """
                Installed product key detected - attempting to activate the following product:
                SKU ID: %s
                LICENSE NAME: Office 19, Office19ProPlus2019VL_KMS_Client_AE edition
                LICENSE DESCRIPTION: Office 19, VOLUME_KMSCLIENT channel
                Last 5 characters of installed product key: 6MWKP
                ERROR CODE: 0xC004F074
                ---------------------------------------
                """;

        @Test
        void anActivationWithARedactedSkuJoinsTheStatusByKeyEnding() throws IOException {
            String text = TestTexts.sample(KMS_STATUS) + ACT.formatted("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx");
            List<Product> products = products(parse(text));
            assertEquals(1, products.size());
            assertEquals("85dd8b5f-eaa4-4af3-a628-cce9e77c9a03", products.get(0).skuId());
            assertEquals("0xC004F074", products.get(0).activation().code().hex());
            assertEquals(259200L, products.get(0).remainingMinutes());
        }

        @Test
        void productsWithDifferentSkuIdsStayApartEvenWithTheSameKeyEnding() throws IOException {
            String text = TestTexts.sample(KMS_STATUS) + ACT.formatted("5b5cf08f-b81a-431d-b080-3450d8620565");
            assertEquals(2, products(parse(text)).size());
        }

        @Test
        void theLaterStatementOfTheSameProductWins() throws IOException {
            String grace = TestTexts.sample(KMS_STATUS).replace("---LICENSED---", "---OOB_GRACE---")
                    .replace("(259200 minute", "(7195 minute");
            List<Product> products = products(parse(grace + TestTexts.sample(KMS_STATUS)));
            assertEquals(1, products.size());
            assertEquals(LicenseStatus.LICENSED, products.get(0).status());
            assertEquals(259200L, products.get(0).remainingMinutes());
        }

        @Test
        void aFragmentRepeatingANamedProductsFailureIsThatFailureOnceWhateverTheOrder() throws IOException {
            String act = ACT.formatted("85dd8b5f-eaa4-4af3-a628-cce9e77c9a03");
            String fragment = TestTexts.sample("ospp-act-office2010-error-C004F074-fragment-wrapped-01.txt");
            for (String text : List.of(act + fragment, fragment + act)) {
                LicenseReading reading = parse(text);
                assertEquals(List.of("6MWKP"), products(reading).stream().map(Product::partialKey).toList());
                List<ProductError> errors = ProductError.of(reading);
                assertEquals(1, errors.size(), errors.toString());
                assertEquals("0xC004F074", errors.get(0).code().hex());
                assertEquals("6MWKP", errors.get(0).product().partialKey());
                assertEquals(Verdict.PROBLEM, Verdict.of(reading, 30));
            }
        }

        @Test
        void aFragmentWithAnotherCodeStaysAFindingOfItsOwn() throws IOException {
            String act = ACT.formatted("85dd8b5f-eaa4-4af3-a628-cce9e77c9a03").replace("0xC004F074", "0x8007000D");
            String fragment = TestTexts.sample("ospp-act-office2010-error-C004F074-fragment-wrapped-01.txt");
            LicenseReading reading = parse(act + fragment);
            assertEquals(2, products(reading).size());
            assertEquals(List.of("0x8007000D", "0xC004F074"), ProductError.of(reading).stream().map(e -> e.code().hex()).toList());
        }

        @Test
        void theSameFragmentTwiceIsOneFinding() throws IOException {
            String fragment = TestTexts.sample("ospp-act-office2010-error-C004F074-fragment-wrapped-01.txt");
            assertEquals(1, products(parse(fragment + fragment)).size());
        }
    }

    @Nested
    class NotScriptOutput {
        @ParameterizedTest
        @ValueSource(strings = {"", "   \n\n", "Hello, this is my homework.",
                "<html><body><h1>404 Not Found</h1></body></html>",
                "Microsoft (R) Windows Script Host Version 5.812\nCopyright (C) Microsoft Corporation. All rights reserved.\n",
                "Successfully applied setting.", "ERROR CODE: 0x", "LICENSE STATUS:  ---UNKNOWN---"})
        void textWithoutProductOrActivationIsNotUnderstood(String text) {
            assertNotScriptOutput(ScriptOutputParser.parse(text, "-"), "-");
        }

        @Test
        void nullIsRefused() {
            assertThrows(IllegalArgumentException.class, () -> ScriptOutputParser.parse(null, "-"));
            assertThrows(IllegalArgumentException.class, () -> ScriptOutputParser.parse("", null));
        }
    }
}
