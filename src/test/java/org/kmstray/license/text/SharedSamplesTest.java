package org.kmstray.license.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kmstray.license.text.ExpectedProduct.product;
import static org.kmstray.license.text.ReadingAssertions.assertNotScriptOutput;
import static org.kmstray.license.text.ReadingAssertions.assertProducts;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kmstray.license.Application;
import org.kmstray.license.LicenseReading;
import org.kmstray.license.LicenseStatus;

/** Every real capture in the shared samples folder, read field by field. */
class SharedSamplesTest {
    private static final Set<String> COVERED = Set.of(
            Office2010WrappedFragment.FILE, Office2013ActivationError.FILE, Office2019GraceAndKmsActivation.FILE,
            CampusGuideZhTw.FILE, SubscriptionWithCopyPasteArtefacts.FILE, Office2016MixedNotifications.FILE,
            Office2019KmsStatus.FILE, Office2019RetailGraceStatus.FILE, Office2016CustomPortSession.FILE,
            Office2021LtscSession.FILE, SethstSuccess.FILE, SlmgrAtoErrorZhCn.FILE, SlmgrDliWindows7.FILE,
            SlmgrServer2019Session.FILE, SlmgrXprWindows7.FILE);

    private static LicenseReading parse(String file) throws IOException {
        return ScriptOutputParser.parse(TestTexts.sample(file), file);
    }

    @Test
    void everySampleInTheSharedFolderHasItsOwnTests() throws IOException {
        assertEquals(new TreeSet<>(COVERED), new TreeSet<>(TestTexts.sampleNames()),
                "a sample was added to or removed from the shared folder: give it a @Nested class here");
    }

    @Nested
    class Office2010WrappedFragment {
        static final String FILE = "ospp-act-office2010-error-C004F074-fragment-wrapped-01.txt";

        @Test
        void isAnActivationFailureOfAnUnknownProduct() throws IOException {
            assertProducts(parse(FILE), product().activationFailed(0xC004F074));
        }
    }

    @Nested
    class Office2013ActivationError {
        static final String FILE = "ospp-act-office2013-error-8007000D-01.txt";

        @Test
        void reportsTheFailureOnTheKmsProductWithoutAStatus() throws IOException {
            assertProducts(parse(FILE), product()
                    .name("Office 15, OfficeProPlusVL_KMS_Client edition")
                    .description("Office 15, VOLUME_KMSCLIENT channel")
                    .sku("b322da9c-a2e2-4058-9e4e-f59a6970bd69").application(Application.OFFICE).kmsClient()
                    .channel("VOLUME_KMSCLIENT").key("GVGXT").activationFailed(0x8007000D));
        }
    }

    @Nested
    class Office2019GraceAndKmsActivation {
        static final String FILE = "ospp-act-office2019-grace-and-kms-success-zhcn-01.txt";

        @Test
        void putsTheGraceFailureOnTheGraceSkuAndTheSuccessOnTheKmsSku() throws IOException {
            assertProducts(parse(FILE),
                    product().name("Office 19, Office19ProPlus2019R_Grace edition")
                            .description("Office 19, RETAIL(Grace) channel")
                            .sku("52c4d79f-6e1a-45b7-b479-36b666e0a2f8").application(Application.OFFICE)
                            .channel("RETAIL(Grace)").key("8MBCX").activationFailed(0xC004F017),
                    product().name("Office 19, Office19ProPlus2019VL_KMS_Client_AE edition")
                            .description("Office 19, VOLUME_KMSCLIENT channel")
                            .sku("85dd8b5f-eaa4-4af3-a628-cce9e77c9a03").application(Application.OFFICE).kmsClient()
                            .channel("VOLUME_KMSCLIENT").key("6MWKP").activated());
        }
    }

    @Nested
    class CampusGuideZhTw {
        static final String FILE = "ospp-act-office2019-visio2019-kms-success-zhtw-guide-01.txt";

        @Test
        void readsBothKmsActivationsDespiteShortSeparatorsAndTheSethstTail() throws IOException {
            assertProducts(parse(FILE),
                    product().name("Office 19, Office19VisioPro2019VL_KMS_Client_AE edition")
                            .description("Office 19, VOLUME_KMSCLIENT channel")
                            .sku("5b5cf08f-b81a-431d-b080-3450d8620565").application(Application.OFFICE).kmsClient()
                            .channel("VOLUME_KMSCLIENT").key("7VCBB").activated(),
                    // The SKU ID as printed in the guide ("aaa4"), not corrected to the real one.
                    product().name("Office 19, Office19ProPlus2019VL_KMS_Client_AE edition")
                            .description("Office 19, VOLUME_KMSCLIENT channel")
                            .sku("85dd8b5f-aaa4-4af3-a628-cce9e77c9a03").application(Application.OFFICE).kmsClient()
                            .channel("VOLUME_KMSCLIENT").key("6MWKP").activated());
        }
    }

    @Nested
    class SubscriptionWithCopyPasteArtefacts {
        static final String FILE = "ospp-dstatus-office16-subscription-oobgrace-ARTEFACTS-01.txt";

        @Test
        void repairsTheSpacesAfterUnderscoresAndReadsTheGraceMinutes() throws IOException {
            assertProducts(parse(FILE), product()
                    .name("Office 16, Office16O365ProPlusR_Subscription1 edition")
                    .description("Office 16, TIMEBASED_SUB channel")
                    .sku("149dbce7-a48e-44db-8364-a53386cd4580").application(Application.OFFICE)
                    .channel("TIMEBASED_SUB").status(LicenseStatus.OOB_GRACE).reason(0x4004F00C).minutes(14316)
                    .key("M96P2"));
        }
    }

    @Nested
    class Office2016MixedNotifications {
        static final String FILE = "ospp-dstatus-office2016-mixed-notifications-C004F00F-zhcn-01.txt";

        @Test
        void readsFourProductsInNotificationWithTheirOwnReasons() throws IOException {
            assertProducts(parse(FILE),
                    product().name("Office 16, Office16VisioProR_Retail edition").description("Office 16, RETAIL channel")
                            .sku("2dfe2075-2d04-4e43-816a-eb60bbb77574").application(Application.OFFICE).channel("RETAIL")
                            .status(LicenseStatus.NOTIFICATION).reason(0xC004F009).key("Y984V"),
                    product().name("Office 16, Office16VisioProR_Grace edition")
                            .description("Office 16, RETAIL(Grace) channel")
                            .sku("5821ec16-77a9-4404-99c8-2756dc6d4c3c").application(Application.OFFICE)
                            .channel("RETAIL(Grace)").status(LicenseStatus.NOTIFICATION).reason(0xC004F009).key("F6YYT"),
                    product().name("Office 16, Office16VisioProVL_KMS_Client edition")
                            .description("Office 16, VOLUME_KMSCLIENT channel")
                            .sku("6bf301c1-b94a-43e9-ba31-d494598c47fb").application(Application.OFFICE).kmsClient()
                            .channel("VOLUME_KMSCLIENT").status(LicenseStatus.NOTIFICATION).reason(0xC004F00F)
                            .key("RJRJK").intervals(120, 10080),
                    product().name("Office 16, Office16O365HomePremR_Grace edition")
                            .description("Office 16, RETAIL(Grace) channel")
                            .sku("d7279dd0-e175-49fe-a623-8fc2fc00afc4").application(Application.OFFICE)
                            .channel("RETAIL(Grace)").status(LicenseStatus.NOTIFICATION).reason(0xC004F009).key("KHGM9"));
        }
    }

    @Nested
    class Office2019KmsStatus {
        static final String FILE = "ospp-dstatus-office2019-kms-zhcn-01.txt";

        @Test
        void readsTheFullValidityAndTheRegistryOverride() throws IOException {
            assertProducts(parse(FILE), product()
                    .name("Office 19, Office19ProPlus2019VL_KMS_Client_AE edition")
                    .description("Office 19, VOLUME_KMSCLIENT channel")
                    .sku("85dd8b5f-eaa4-4af3-a628-cce9e77c9a03").application(Application.OFFICE).kmsClient()
                    .channel("VOLUME_KMSCLIENT").status(LicenseStatus.LICENSED).minutes(259200).key("6MWKP")
                    .kmsHost("kms.ghpym.com", 1688).intervals(120, 10080));
        }
    }

    @Nested
    class Office2019RetailGraceStatus {
        static final String FILE = "ospp-dstatus-office2019-retailgrace-oobgrace-zhcn-01.txt";

        @Test
        void takesTheMinutesFromTheParenthesesNotTheDayCount() throws IOException {
            assertProducts(parse(FILE), product()
                    .name("Office 19, Office19ProPlus2019R_Grace edition").description("Office 19, RETAIL(Grace) channel")
                    .sku("52c4d79f-6e1a-45b7-b479-36b666e0a2f8").application(Application.OFFICE).channel("RETAIL(Grace)")
                    .status(LicenseStatus.OOB_GRACE).reason(0x4004F00C).minutes(7195).key("8MBCX"));
        }
    }

    @Nested
    class Office2016CustomPortSession {
        static final String FILE = "ospp-session-office2016-kms-customport-enus-01.txt";

        @Test
        void mergesTheActivationAndTheStatusOfTheSameSku() throws IOException {
            assertProducts(parse(FILE), product()
                    .name("Office 16, Office16ProPlusVL_KMS_Client edition").description("Office 16, VOLUME_KMSCLIENT channel")
                    .sku("d450596f-894d-49e0-966a-fd39ed4c4c64").application(Application.OFFICE).kmsClient()
                    .channel("VOLUME_KMSCLIENT").status(LicenseStatus.LICENSED).reason(0x4004F040).minutes(258642)
                    .key("WFG99").kmsHost("42.193.139.78", 16886).intervals(120, 10080).activated());
        }
    }

    @Nested
    class Office2021LtscSession {
        static final String FILE = "ospp-session-office2021-ltsc-enus-01.txt";

        @Test
        void readsOnlyTheActivationResultsOutOfTheWholeSession() throws IOException {
            assertProducts(parse(FILE),
                    product().name("Office 21, Office21ProPlus2021R_Grace edition")
                            .description("Office 21, RETAIL(Grace) channel")
                            .sku("cd18ecc0-466a-45d4-8d2e-8c4fa48ae591").application(Application.OFFICE)
                            .channel("RETAIL(Grace)").key("PG343").activationFailed(0xC004F017),
                    product().name("Office 21, Office21ProPlus2021VL_KMS_Client_AE edition")
                            .description("Office 21, VOLUME_KMSCLIENT channel")
                            .sku("fbdb3e18-a8ef-4fb3-9183-dffd60bd0984").application(Application.OFFICE).kmsClient()
                            .channel("VOLUME_KMSCLIENT").key("6F7TH").activated());
        }
    }

    @Nested
    class SethstSuccess {
        static final String FILE = "ospp-sethst-success-zhcn-01.txt";

        @Test
        void holdsNoProductAndNoActivationSoItCannotBeExplained() throws IOException {
            assertNotScriptOutput(parse(FILE), FILE);
        }
    }

    @Nested
    class SlmgrAtoErrorZhCn {
        static final String FILE = "slmgr-ato-error-C004F074-zhcn-01.txt";

        @Test
        void readsTheFailureFromTheGuidAndTheCodeAlone() throws IOException {
            assertProducts(parse(FILE), product()
                    .name("Windows(R), EnterpriseS edition").sku("2d5a5a60-3040-48bf-beb0-fcd770c20ce0")
                    .application(Application.WINDOWS).activationFailed(0xC004F074));
        }
    }

    @Nested
    class SlmgrDliWindows7 {
        static final String FILE = "slmgr-dli-win7-kms-client-microsoft-docs-01.txt";

        @Test
        void readsTheVolumeExpirationAndTheHostFromDns() throws IOException {
            assertProducts(parse(FILE), product()
                    .name("Windows(R) 7, Enterprise edition")
                    .description("Windows Operating System - Windows(R) 7, VOLUME_KMSCLIENT channel")
                    .application(Application.WINDOWS).kmsClient().channel("VOLUME_KMSCLIENT")
                    .status(LicenseStatus.LICENSED).minutes(243720).key("DVQ7P")
                    .discovered("emeronb10-rc3.sppvltest.net", 1688).intervals(15, 25));
        }
    }

    @Nested
    class SlmgrServer2019Session {
        static final String FILE = "slmgr-session-winserver2019-skms-ato-C004F074-dlv-notification-enus-01.txt";

        @Test
        void joinsTheFailedActivationWithTheDlvOfTheSameActivationId() throws IOException {
            assertProducts(parse(FILE), product()
                    .name("Windows(R), ServerStandard edition")
                    .description("Windows(R) Operating System, VOLUME_KMSCLIENT channel")
                    .sku("de32eafd-aaee-4662-9444-c1befb41bde2").application(Application.WINDOWS).kmsClient()
                    .channel("Volume:GVLK").status(LicenseStatus.NOTIFICATION).reason(0xC004F00F).key("J464C")
                    .activationFailed(0xC004F074));
        }
    }

    @Nested
    class SlmgrXprWindows7 {
        static final String FILE = "slmgr-xpr-win7-kms-01.txt";

        @Test
        void readsTheStateButNoMinutesFromTheLocalDate() throws IOException {
            assertProducts(parse(FILE), product()
                    .name("Windows(R) 7, Enterprise edition").application(Application.WINDOWS).kmsClient()
                    .status(LicenseStatus.LICENSED));
        }
    }
}
