package org.kmstray.license.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kmstray.license.text.ExpectedProduct.product;
import static org.kmstray.license.text.ReadingAssertions.assertNotScriptOutput;
import static org.kmstray.license.text.ReadingAssertions.assertProducts;
import static org.kmstray.license.text.ReadingAssertions.products;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmstray.license.Application;
import org.kmstray.license.LicenseStatus;
import org.kmstray.license.Product;

/**
 * Output the shared captures lack, written after the documented formats (each fixture and text block names
 * the format it follows; values come from the captures wherever they can).
 */
class DocumentedFormatsTest {
    private static final String KMS_SKU = "85dd8b5f-eaa4-4af3-a628-cce9e77c9a03";

    @Nested
    class Office2010 {
        @Test
        void dstatusOfAKmsClientReadsLikeLaterOffices() throws IOException {
            String file = "ospp-dstatus-office2010-kms-licensed.txt";
            assertProducts(ScriptOutputParser.parse(TestTexts.fixture(file), file), product()
                    .name("Office 14, OfficeProPlus-KMS_Client edition").description("Office 14, VOLUME_KMSCLIENT channel")
                    .application(Application.OFFICE).kmsClient().channel("VOLUME_KMSCLIENT")
                    .status(LicenseStatus.LICENSED).minutes(259192).key("J3AT1")
                    .kmsHost("kms.example.edu", 1688).intervals(120, 10080));
        }

        @Test
        void activationWithAMaskedSkuLineStillCountsForTheProduct() throws IOException {
            String file = "ospp-act-office2010-kms-success-masked.txt";
            assertProducts(ScriptOutputParser.parse(TestTexts.fixture(file), file), product()
                    .name("Office 14, OfficeProPlus-KMS_Client edition").description("Office 14, VOLUME_KMSCLIENT channel")
                    .application(Application.OFFICE).kmsClient().channel("VOLUME_KMSCLIENT").key("J3AT1").activated());
        }
    }

    @Nested
    class OsppStatusTokens {
        /** Sample ospp-dstatus-office2019-retailgrace-oobgrace-zhcn-01.txt with its status token replaced per §2.3. */
        private static String dstatusWith(String token) {
            return """
                    ---Processing--------------------------
                    ---------------------------------------
                    PRODUCT ID: 00413-50000-00000-AA937
                    SKU ID: 52c4d79f-6e1a-45b7-b479-36b666e0a2f8
                    LICENSE NAME: Office 19, Office19ProPlus2019R_Grace edition
                    LICENSE DESCRIPTION: Office 19, RETAIL(Grace) channel
                    BETA EXPIRATION: 1601/1/1
                    LICENSE STATUS:  %s\s
                    Last 5 characters of installed product key: 8MBCX
                    ---------------------------------------
                    ---------------------------------------
                    ---Exiting-----------------------------
                    """.formatted(token);
        }

        static Stream<Arguments> tokens() {
            return Stream.of(
                    Arguments.of("---UNLICENSED---", LicenseStatus.UNLICENSED),
                    Arguments.of("---LICENSED---", LicenseStatus.LICENSED),
                    Arguments.of("---OOB_GRACE---", LicenseStatus.OOB_GRACE),
                    Arguments.of("---OOT_GRACE---", LicenseStatus.OOT_GRACE),
                    Arguments.of("---NON_GENUINE_GRACE---", LicenseStatus.NON_GENUINE_GRACE),
                    Arguments.of("---NOTIFICATIONS---", LicenseStatus.NOTIFICATION),
                    Arguments.of("---EXTENDED GRACE---", LicenseStatus.EXTENDED_GRACE),
                    Arguments.of("---UNKNOWN---", null));
        }

        @ParameterizedTest(name = "{0} is {1}")
        @MethodSource("tokens")
        void everyTokenMapsToItsLicenseStatus(String token, LicenseStatus expected) {
            List<Product> products = products(ScriptOutputParser.parse(dstatusWith(token), "dstatus.txt"));
            assertEquals(1, products.size());
            assertEquals(expected, products.get(0).status());
            assertEquals("8MBCX", products.get(0).partialKey());
        }
    }

    @Nested
    class DstatusAll {
        @Test
        void leavesOutLicensesWithoutAnInstalledKey() throws IOException {
            String file = "ospp-dstatusall-office2019-one-key-installed.txt";
            assertProducts(ScriptOutputParser.parse(TestTexts.fixture(file), file), product()
                    .name("Office 19, Office19ProPlus2019VL_KMS_Client_AE edition")
                    .description("Office 19, VOLUME_KMSCLIENT channel").sku(KMS_SKU).application(Application.OFFICE)
                    .kmsClient().channel("VOLUME_KMSCLIENT").status(LicenseStatus.LICENSED).minutes(259200).key("6MWKP")
                    .kmsHost("kms.ghpym.com", 1688).intervals(120, 10080));
        }
    }

    @Nested
    class RemoveHost {
        private static final String FILE = "ospp-session-remhst-then-dstatus.txt";

        private final ExpectedProduct afterRemhst = product()
                .name("Office 19, Office19ProPlus2019VL_KMS_Client_AE edition")
                .description("Office 19, VOLUME_KMSCLIENT channel").sku(KMS_SKU).application(Application.OFFICE)
                .kmsClient().channel("VOLUME_KMSCLIENT").status(LicenseStatus.LICENSED).reason(0x4004F040)
                .minutes(259200).key("6MWKP").discovered("kms01.example.edu", 1688).intervals(120, 10080);

        @Test
        void dstatusAfterRemhstShowsOnlyTheHostFoundThroughDns() throws IOException {
            assertProducts(ScriptOutputParser.parse(TestTexts.fixture(FILE), FILE), afterRemhst);
        }

        @Test
        void readsTheSameWithWindowsLineEndings() throws IOException {
            String crlf = TestTexts.fixture(FILE).replace("\n", "\r\n");
            assertProducts(ScriptOutputParser.parse(crlf, FILE), afterRemhst);
        }

        @Test
        void remhstAloneHoldsNothingToExplain() throws IOException {
            String text = TestTexts.fixture(FILE);
            String remhstOnly = text.substring(0, text.indexOf("C:\\Program Files\\Microsoft Office\\Office16>cscript ospp.vbs /dstatus"));
            assertNotScriptOutput(ScriptOutputParser.parse(remhstOnly, "remhst.txt"), "remhst.txt");
        }
    }

    @Nested
    class NothingInstalled {
        @Test
        void osppSayingNoKeyIsInstalledIsAReadingWithoutProducts() {
            // OSPP16 /dstatus with no key: MSG_NOKEYSINSTALLED then the separator and MSG_EXIT (§2.2).
            String text = """
                    ---Processing--------------------------
                    ---------------------------------------
                    <No installed product keys detected>
                    ---------------------------------------
                    ---------------------------------------
                    ---Exiting-----------------------------
                    """;
            assertEquals(List.of(), products(ScriptOutputParser.parse(text, "-")));
        }

        @Test
        void sethstFindingNoKmsLicenseIsAReadingWithoutProducts() {
            // OSPP16 /sethst when no Office KMS SKU exists: MSG_NOKMSLICS (§0.12, §2.2).
            String text = """
                    ---Processing--------------------------
                    ---------------------------------------
                    No Office KMS licenses were found on the system.
                    ---------------------------------------
                    ---Exiting-----------------------------
                    """;
            assertEquals(List.of(), products(ScriptOutputParser.parse(text, "-")));
        }
    }

    @Nested
    class KmsHosts {
        /** Sample ospp-dstatus-office2019-kms-zhcn-01.txt with the override line's value replaced (§2.3). */
        private static Product osppWithOverride(String value) {
            String text = """
                    PRODUCT ID: 00414-50000-00000-AA968
                    SKU ID: 85dd8b5f-eaa4-4af3-a628-cce9e77c9a03
                    LICENSE NAME: Office 19, Office19ProPlus2019VL_KMS_Client_AE edition
                    LICENSE DESCRIPTION: Office 19, VOLUME_KMSCLIENT channel
                    LICENSE STATUS:  ---LICENSED---
                    REMAINING GRACE: 180 days  (259200 minute(s) before expiring)
                    Last 5 characters of installed product key: 6MWKP
                    Activation Type Configuration: ALL
                    \tDNS auto-discovery: KMS name not available
                    \tKMS machine registry override defined: %s
                    \tActivation Interval: 120 minutes
                    \tRenewal Interval: 10080 minutes
                    \tKMS host caching: Enabled
                    ---------------------------------------
                    """.formatted(value);
            return products(ScriptOutputParser.parse(text, "dstatus.txt")).get(0);
        }

        /** Fixture slmgr-dli-win10-education-kms-registered-host.txt with the registered name's value replaced (§3). */
        private static Product slmgrWithRegisteredName(String value) throws IOException {
            String text = TestTexts.fixture("slmgr-dli-win10-education-kms-registered-host.txt")
                    .replace("Registered KMS machine name: kms.example.edu:1688", "Registered KMS machine name: " + value);
            return products(ScriptOutputParser.parse(text, "dli.txt")).get(0);
        }

        @ParameterizedTest(name = "ospp.vbs override {0}")
        @CsvSource(delimiter = '|', nullValues = "null", value = {
                "kms.example.edu:1688 | kms.example.edu | 1688",
                "KMS-1.campus.example.edu:16886 | KMS-1.campus.example.edu | 16886",
                "192.0.2.10:1711 | 192.0.2.10 | 1711",
                // /sethst passes its value unchanged, so a bare IPv6 host is printed with ":port" appended (§1.3).
                "2001:db8::5:1688 | 2001:db8::5 | 1688",
                "[2001:db8::5]:1688 | 2001:db8::5 | 1688",
                "kms.example.edu:99999 | kms.example.edu | null",
                "***.***.***.***:1688 | null | null"})
        void osppOverridesGiveHostAndPort(String value, String host, Integer port) {
            Product p = osppWithOverride(value);
            assertEquals(host, p.kmsHost());
            assertEquals(port, p.kmsPort());
        }

        @ParameterizedTest(name = "slmgr.vbs registered name {0}")
        @CsvSource(delimiter = '|', value = {
                "kms.example.edu:1688 | kms.example.edu | 1688",
                "kms.example.edu:16886 | kms.example.edu | 16886",
                // /skms keeps an IPv6 address in brackets (SLMGR SetKmsMachineName).
                "[2001:db8::5]:1688 | 2001:db8::5 | 1688",
                "[::1]:1688 | ::1 | 1688"})
        void slmgrRegisteredNamesGiveHostAndPort(String value, String host, int port) throws IOException {
            Product p = slmgrWithRegisteredName(value);
            assertEquals(host, p.kmsHost());
            assertEquals(port, p.kmsPort());
        }

        @Test
        void theHostFoundThroughDnsIsKeptApartFromTheConfiguredOne() {
            String text = """
                    PRODUCT ID: 00414-50000-00000-AA968
                    SKU ID: 85dd8b5f-eaa4-4af3-a628-cce9e77c9a03
                    LICENSE STATUS:  ---LICENSED---
                    Last 5 characters of installed product key: 6MWKP
                    \tKMS machine name from DNS: kms02.example.edu:1711
                    \tKMS machine registry override defined: kms.example.edu:1688
                    """;
            Product p = products(ScriptOutputParser.parse(text, "dstatus.txt")).get(0);
            assertEquals("kms.example.edu", p.kmsHost());
            assertEquals(1688, p.kmsPort());
            assertEquals("kms02.example.edu", p.discoveredKmsHost());
            assertEquals(1711, p.discoveredKmsPort());
        }
    }

    @Nested
    class SlmgrLicenseInformation {
        @Test
        void dliWithARegisteredKmsHost() throws IOException {
            String file = "slmgr-dli-win10-education-kms-registered-host.txt";
            assertProducts(ScriptOutputParser.parse(TestTexts.fixture(file), file), product()
                    .name("Windows(R), Education edition").description("Windows(R) Operating System, VOLUME_KMSCLIENT channel")
                    .application(Application.WINDOWS).kmsClient().channel("VOLUME_KMSCLIENT")
                    .status(LicenseStatus.LICENSED).minutes(259197).key("VCFB2").kmsHost("kms.example.edu", 1688)
                    .intervals(120, 10080));
        }

        /** SLMGR DisplayAllInformation: each "License Status:" line (§3), grace states with "Time remaining:". */
        static Stream<Arguments> statuses() {
            return Stream.of(
                    Arguments.of("License Status: Unlicensed", null, LicenseStatus.UNLICENSED),
                    Arguments.of("License Status: Licensed", "Volume activation expiration: 1440 minute(s) (1 day(s))",
                            LicenseStatus.LICENSED),
                    Arguments.of("License Status: Initial grace period", "Time remaining: 43200 minute(s) (30 day(s))",
                            LicenseStatus.OOB_GRACE),
                    Arguments.of("License Status: Additional grace period (KMS license expired or hardware out of tolerance)",
                            "Time remaining: 43200 minute(s) (30 day(s))", LicenseStatus.OOT_GRACE),
                    Arguments.of("License Status: Non-genuine grace period.", "Time remaining: 43200 minute(s) (30 day(s))",
                            LicenseStatus.NON_GENUINE_GRACE),
                    Arguments.of("License Status: Notification", "Notification Reason: 0xC004F009 (grace time expired).",
                            LicenseStatus.NOTIFICATION),
                    Arguments.of("License Status: Extended grace period", "Time remaining: 43200 minute(s) (30 day(s))",
                            LicenseStatus.EXTENDED_GRACE),
                    Arguments.of("License Status: Unknown", null, null));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("statuses")
        void everyLicenseStatusLineMapsToItsStatus(String statusLine, String nextLine, LicenseStatus expected) {
            String text = "Name: Windows(R), Education edition\n"
                    + "Description: Windows(R) Operating System, VOLUME_KMSCLIENT channel\n"
                    + "Partial Product Key: VCFB2\n" + statusLine + "\n" + (nextLine == null ? "" : nextLine + "\n");
            Product p = products(ScriptOutputParser.parse(text, "dli.txt")).get(0);
            assertEquals(expected, p.status());
            if (nextLine != null && nextLine.startsWith("Time remaining")) {
                assertEquals(43200L, p.remainingMinutes());
            }
            if (expected == LicenseStatus.NOTIFICATION) {
                assertEquals("0xC004F009", p.statusReason().hex());
            }
        }

        @Test
        void dlvAllLeavesOutLicensesThatAreNotInUse() {
            // SLMGR DisplayAllInformation prints L_MsgErrorLicenseNotInUse where a key would be (§3);
            // the first product as in sample slmgr-session-winserver2019-…, the second a license without key.
            String text = """
                    Name: Windows(R), ServerStandard edition
                    Description: Windows(R) Operating System, VOLUME_KMSCLIENT channel
                    Activation ID: de32eafd-aaee-4662-9444-c1befb41bde2
                    Application ID: 55c92734-d682-4d71-983e-d6ec3f16059f
                    Product Key Channel: Volume:GVLK
                    Partial Product Key: J464C
                    License Status: Notification
                    Notification Reason: 0xC004F00F.

                    Name: Windows(R), ServerDatacenter edition
                    Description: Windows(R) Operating System, VOLUME_KMSCLIENT channel
                    Activation ID: 34e1ae55-27f8-4950-8877-7a03be5fb181
                    Application ID: 55c92734-d682-4d71-983e-d6ec3f16059f
                    This license is not in use.
                    License Status: Unlicensed
                    """;
            List<Product> products = products(ScriptOutputParser.parse(text, "dlv-all.txt"));
            assertEquals(1, products.size());
            assertEquals("de32eafd-aaee-4662-9444-c1befb41bde2", products.get(0).skuId());
        }
    }

    @Nested
    class SlmgrExpiry {
        /** SLMGR ExpirationDatime: "<Name>:" then four spaces and one sentence (§3). */
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Volume activation will expire 2025/12/24 09:57:03 | LICENSED | true",
                "Timebased activation will expire 2025/12/24 09:57:03 | LICENSED | false",
                "Automatic VM activation will expire 2025/12/24 09:57:03 | LICENSED | false",
                "The machine is permanently activated. | LICENSED | false",
                "Initial grace period ends 2025/12/24 09:57:03 | OOB_GRACE | false",
                "Additional grace period ends 2025/12/24 09:57:03 | OOT_GRACE | false",
                "Non-genuine grace period ends 2025/12/24 09:57:03 | NON_GENUINE_GRACE | false",
                "Windows is in Notification mode | NOTIFICATION | false",
                "Extended grace period ends 2025/12/24 09:57:03 | EXTENDED_GRACE | false",
                "Unlicensed | UNLICENSED | false"})
        void everySentenceMapsToItsStatus(String sentence, LicenseStatus status, boolean kmsClient) {
            String text = "Windows(R), Education edition:\n    " + sentence + "\n";
            assertProducts(ScriptOutputParser.parse(text, "xpr.txt"), withKmsClient(product()
                    .name("Windows(R), Education edition").application(Application.WINDOWS).status(status), kmsClient));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"Windows处于通知模式", "计算机已永久激活。", "批量激活将于 2025/12/24 9:57:03 过期"})
        void translatedSentencesAreNotGuessedAt(String sentence) {
            // zh-CN /xpr sentences as quoted in §3.
            String text = "Windows(R), Education edition:\n    " + sentence + "\n";
            assertNotScriptOutput(ScriptOutputParser.parse(text, "xpr.txt"), "xpr.txt");
        }

        @Test
        void xprAndDliOfTheSameProductAreJoinedByName() throws IOException {
            String text = TestTexts.fixture("slmgr-dli-win10-education-kms-registered-host.txt")
                    + "Windows(R), Education edition:\n    Windows is in Notification mode\n";
            List<Product> products = products(ScriptOutputParser.parse(text, "session.txt"));
            assertEquals(1, products.size());
            assertEquals(LicenseStatus.NOTIFICATION, products.get(0).status());
            assertEquals("VCFB2", products.get(0).partialKey());
        }

        private static ExpectedProduct withKmsClient(ExpectedProduct p, boolean kmsClient) {
            return kmsClient ? p.kmsClient() : p;
        }
    }

    @Nested
    class SlmgrActivation {
        private static final String ACTIVATING =
                "Activating Windows(R), ServerStandard edition (de32eafd-aaee-4662-9444-c1befb41bde2) ...\n";

        private ExpectedProduct server() {
            return product().name("Windows(R), ServerStandard edition").sku("de32eafd-aaee-4662-9444-c1befb41bde2")
                    .application(Application.WINDOWS);
        }

        @Test
        void englishSuccessIsRead() {
            // SLMGR ActivateProduct / DisplayActivatedStatus: L_MsgActivating then L_MsgActivated (§3).
            assertProducts(ScriptOutputParser.parse(ACTIVATING + "Product activated successfully.\n", "ato.txt"),
                    server().activated());
        }

        @Test
        void failureWithoutACodeIsAFailureWithoutACode() {
            // SLMGR DisplayActivatedStatus: L_MsgErrorText_8 & L_MsgActivated_Failed.
            assertProducts(ScriptOutputParser.parse(ACTIVATING + "Error: Product activation failed.\n", "ato.txt"),
                    server().activationFailedWithoutCode());
        }

        @Test
        void errorTextWithoutDescriptionTakesTheCodeNotTheSluiArgument() {
            // SLMGR ShowError with no description: "Error: 0x… On a computer … run 'slui.exe 0x2a 0x…'".
            String text = ACTIVATING + "Error: 0xC004F039 On a computer running Microsoft Windows non-core edition, "
                    + "run 'slui.exe 0x2a 0xC004F039' to display the error text.\n";
            assertProducts(ScriptOutputParser.parse(text, "ato.txt"), server().activationFailed(0xC004F039));
        }

        @Test
        void translatedSuccessIsNotGuessedAt() {
            // zh-CN /ato success as quoted in §3: 正在激活 … + 成功地激活了产品.
            String text = "正在激活 Windows(R), EnterpriseS edition (2d5a5a60-3040-48bf-beb0-fcd770c20ce0) ...\n成功地激活了产品。\n";
            assertNotScriptOutput(ScriptOutputParser.parse(text, "ato.txt"), "ato.txt");
        }

        @Test
        void anActivationLineWithoutAResultLineSaysNothing() {
            assertNotScriptOutput(ScriptOutputParser.parse(ACTIVATING, "ato.txt"), "ato.txt");
        }
    }
}
