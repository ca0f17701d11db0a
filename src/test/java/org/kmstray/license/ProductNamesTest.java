package org.kmstray.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kmstray.i18n.Language;
import org.kmstray.i18n.Messages;

class ProductNamesTest {
    private static final Messages EN = Messages.of(Language.ENGLISH);
    private static final Messages ZH = Messages.of(Language.TRADITIONAL_CHINESE);

    private static Product named(String name) {
        return Product.builder().name(name).description("Office 19, VOLUME_KMSCLIENT channel").build();
    }

    @Nested
    class OfficeLicenseNamesFromTheSharedSamples {
        /**
         * LICENSE NAME lines as captured: ospp-act-office2019-visio2019-kms-success-zhtw-guide-01.txt (2019 ProPlus
         * and Visio), ospp-session-office2016-kms-customport-enus-01.txt (2016), ospp-act-office2013-error-8007000D-01.txt
         * (2013), ospp-session-office2021-ltsc-enus-01.txt (LTSC 2021), ospp-dstatus-office2016-mixed-notifications-
         * C004F00F-zhcn-01.txt (Visio 2016 KMS client).
         */
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Office 19, Office19ProPlus2019VL_KMS_Client_AE edition | Office 2019 Professional Plus | Office 2019 專業增強版",
            "Office 19, Office19VisioPro2019VL_KMS_Client_AE edition | Visio 2019 Professional | Visio 2019 專業版",
            "Office 16, Office16ProPlusVL_KMS_Client edition | Office 2016 Professional Plus | Office 2016 專業增強版",
            "Office 16, Office16VisioProVL_KMS_Client edition | Visio 2016 Professional | Visio 2016 專業版",
            "Office 15, OfficeProPlusVL_KMS_Client edition | Office 2013 Professional Plus | Office 2013 專業增強版",
            "Office 21, Office21ProPlus2021VL_KMS_Client_AE edition | Office LTSC 2021 Professional Plus | Office LTSC 2021 專業增強版",
        })
        void becomeTheNamesPeopleKnow(String licenseName, String english, String chinese) {
            assertEquals(english, ProductNames.friendly(named(licenseName), EN));
            assertEquals(chinese, ProductNames.friendly(named(licenseName), ZH));
        }

        @Test
        void theSkuTokenAloneIsEnough() {
            assertEquals("Office 2019 Professional Plus",
                    ProductNames.friendly(named("Office19ProPlus2019VL_KMS_Client_AE edition"), EN));
        }

        /** Retail and grace licenses are named the same way (ospp-act-office2019-grace-and-kms-success-zhcn-01.txt). */
        @Test
        void retailGraceLicensesGetTheSameShortName() {
            assertEquals("Office 2019 Professional Plus", ProductNames.friendly(named("Office 19, Office19ProPlus2019R_Grace edition"), EN));
            assertEquals("Visio 2016 Professional", ProductNames.friendly(named("Office 16, Office16VisioProR_Retail edition"), EN));
        }
    }

    @Nested
    class OfficeVersionsAndEditionsBeyondTheSamples {
        /**
         * Office 2010 and 2024 names as printed by ospp.vbs in public captures found by exact-string code search
         * ("LICENSE NAME: Office 14, OfficeProPlus-KMS_Client edition"; "Office 24, Office24ProPlus2024VL_KMS_Client_AE
         * edition" with SKU ID 8d368fc1-9470-4be2-8d66-90e836cbb051; "Office 24, Office24VisioPro2024VL_KMS_Client_AE
         * edition" in a Get-CimInstance listing).
         */
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Office 14, OfficeProPlus-KMS_Client edition | Office 2010 Professional Plus | Office 2010 專業增強版",
            "Office 24, Office24ProPlus2024VL_KMS_Client_AE edition | Office LTSC 2024 Professional Plus | Office LTSC 2024 專業增強版",
            "Office 24, Office24VisioPro2024VL_KMS_Client_AE edition | Visio LTSC 2024 Professional | Visio LTSC 2024 專業版",
            "Office 19, Office19ProjectPro2019VL_KMS_Client_AE edition | Project 2019 Professional | Project 2019 專業版",
            "Office 21, Office21ProjectPro2021VL_KMS_Client_AE edition | Project 2021 Professional | Project 2021 專業版",
            "Office 16, Office16StandardVL_KMS_Client edition | Office 2016 Standard | Office 2016 標準版",
            "Office 16, Office16VisioStdVL_KMS_Client edition | Visio 2016 Standard | Visio 2016 標準版",
            "Office 19, Office19Word2019VL_KMS_Client_AE edition | Word 2019 | Word 2019",
        })
        void areNamedByYearAndEdition(String licenseName, String english, String chinese) {
            assertEquals(english, ProductNames.friendly(named(licenseName), EN));
            assertEquals(chinese, ProductNames.friendly(named(licenseName), ZH));
        }
    }

    @Nested
    class WindowsLicenseNames {
        /**
         * "Windows(R) 7, Enterprise edition" (slmgr-dli-win7-kms-client-microsoft-docs-01.txt), "Windows(R),
         * ServerStandard edition" (slmgr-session-winserver2019-skms-ato-C004F074-dlv-notification-enus-01.txt),
         * "Windows(R), EnterpriseS edition" (slmgr-ato-error-C004F074-zhcn-01.txt), "Windows(R), Professional
         * edition" (windows-licensing.md §1.2). Windows 8 and later names carry no version number.
         */
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Windows(R) 7, Enterprise edition | Windows 7 Enterprise | Windows 7 企業版",
            "Windows(R), ServerStandard edition | Windows Server Standard | Windows Server Standard",
            "Windows(R), EnterpriseS edition | Windows Enterprise LTSC | Windows 企業版 LTSC",
            "Windows(R), Professional edition | Windows Pro | Windows 專業版",
            "Windows(R), Education edition | Windows Education | Windows 教育版",
            "Windows(R), Enterprise edition | Windows Enterprise | Windows 企業版",
        })
        void becomeShortEditionNames(String licenseName, String english, String chinese) {
            assertEquals(english, ProductNames.friendly(named(licenseName), EN));
            assertEquals(chinese, ProductNames.friendly(named(licenseName), ZH));
        }

        @Test
        void noWindowsVersionIsGuessedWhenTheNameHasNone() {
            String f = ProductNames.friendly(named("Windows(R), Enterprise edition"), EN);
            assertFalse(f.contains("10") || f.contains("11"), f);
        }
    }

    @Nested
    class NamesThisClassDoesNotKnow {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            // The broken underscore of ospp-dstatus-office16-subscription-oobgrace-ARTEFACTS-01.txt.
            "Office 16, Office16O365ProPlusR_ Subscription1 edition",
            "Office 16, Office16O365HomePremR_Grace edition",
            "Windows(R), SomethingNew edition",
            "Office 99, Office99ProPlusVL_KMS_Client edition",
            "Some other product",
        })
        void keepTheNameWindowsReported(String licenseName) {
            assertEquals(licenseName, ProductNames.friendly(named(licenseName), EN));
            assertEquals(licenseName, ProductNames.friendly(named(licenseName), ZH));
        }

        @Test
        void withoutANameTheDescriptionIsShown() {
            Product p = Product.builder().description("Office 19, VOLUME_KMSCLIENT channel").build();
            assertEquals("Office 19, VOLUME_KMSCLIENT channel", ProductNames.friendly(p, EN));
        }

        @Test
        void withNeitherNameNorDescriptionTheProductIsCalledUnnamed() {
            Product p = Product.builder().build();
            assertEquals("An unnamed product", ProductNames.friendly(p, EN));
            assertEquals("未具名的產品", ProductNames.friendly(p, ZH));
        }
    }
}
