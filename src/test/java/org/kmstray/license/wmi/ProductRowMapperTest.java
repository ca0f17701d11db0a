package org.kmstray.license.wmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kmstray.license.Application;
import org.kmstray.license.Hresult;
import org.kmstray.license.LicenseStatus;
import org.kmstray.license.Product;

class ProductRowMapperTest {
    private static Product map(Map<String, Object> values) {
        return ProductRowMapper.toProduct(new WmiRow(values)).orElseThrow();
    }

    @Nested
    class ALicensedKmsClient {
        private final Product p = map(RecordedRows.office2019ProPlusKms());

        @Test
        void keepsItsIdentity() {
            assertEquals("Office 19, Office19ProPlus2019VL_KMS_Client_AE edition", p.name());
            assertEquals("Office 19, VOLUME_KMSCLIENT channel", p.description());
            assertEquals("85dd8b5f-eaa4-4af3-a628-cce9e77c9a03", p.skuId());
            assertEquals(Application.OFFICE, p.application());
            assertEquals("6MWKP", p.partialKey());
        }

        @Test
        void isAKmsClientOnTheVolumeGvlkChannel() {
            assertTrue(p.kmsClient());
            assertEquals("Volume:GVLK", p.channel());
        }

        @Test
        void hasAFull180DaysLeft() {
            assertEquals(LicenseStatus.LICENSED, p.status());
            assertEquals(259200L, p.remainingMinutes());
            assertEquals(Optional.of(180), p.daysLeft());
        }

        @Test
        void hasNoStatusReasonWhenWmiSaysZero() {
            assertNull(p.statusReason());
        }

        @Test
        void treatsPortZeroAsNotSet() {
            assertEquals("kms.ghpym.com", p.kmsHost());
            assertNull(p.kmsPort());
        }

        @Test
        void hasNoDiscoveredHostWhenDnsFoundNone() {
            assertNull(p.discoveredKmsHost());
            assertNull(p.discoveredKmsPort());
        }

        @Test
        void keepsTheIntervals() {
            assertEquals(120, p.activationIntervalMinutes());
            assertEquals(10080, p.renewalIntervalMinutes());
        }

        @Test
        void carriesNoActivationResult() {
            assertNull(p.activation());
        }
    }

    @Nested
    class AKmsClientWithACustomPort {
        private final Product p = map(RecordedRows.office2016ProPlusCustomPort());

        @Test
        void keepsHostAndPort() {
            assertEquals("42.193.139.78", p.kmsHost());
            assertEquals(16886, p.kmsPort());
        }

        @Test
        void readsTheInformationalReasonAsAnUnsigned32BitCode() {
            assertEquals(new Hresult(0x4004F040), p.statusReason());
            assertEquals("0x4004F040", p.statusReason().hex());
        }

        @Test
        void knowsItIsAKmsClientFromTheDescriptionAloneBeforeWindows81() {
            assertTrue(p.kmsClient());
            assertEquals("VOLUME_KMSCLIENT", p.channel());
        }

        @Test
        void roundsDaysDownAsOsppDoes() {
            assertEquals(Optional.of(179), p.daysLeft());
        }
    }

    @Nested
    class AKmsClientInNotification {
        private final Product p = map(RecordedRows.visio2016KmsNotification());

        @Test
        void hasTheNotificationStateAndItsReason() {
            assertEquals(LicenseStatus.NOTIFICATION, p.status());
            assertEquals(new Hresult(0xC004F00F), p.statusReason());
        }

        @Test
        void hasNoRemainingTimeRatherThanZeroDays() {
            assertNull(p.remainingMinutes());
            assertEquals(Optional.empty(), p.daysLeft());
        }

        @Test
        void hasNoConfiguredHost() {
            assertNull(p.kmsHost());
            assertNull(p.kmsPort());
        }
    }

    @Nested
    class ARetailGraceProduct {
        private final Product p = map(RecordedRows.office2019RetailGrace());

        @Test
        void isNotAKmsClient() {
            assertFalse(p.kmsClient());
            assertEquals("RETAIL(Grace)", p.channel());
        }

        @Test
        void isInItsInitialGracePeriod() {
            assertEquals(LicenseStatus.OOB_GRACE, p.status());
            assertEquals(new Hresult(0x4004F00C), p.statusReason());
            assertEquals(7195L, p.remainingMinutes());
            assertEquals(Optional.of(4), p.daysLeft());
        }

        @Test
        void hasNullForKmsPropertiesTheRowDoesNotHold() {
            assertNull(p.kmsHost());
            assertNull(p.kmsPort());
            assertNull(p.activationIntervalMinutes());
            assertNull(p.renewalIntervalMinutes());
        }
    }

    @Nested
    class AWindows7KmsClient {
        private final Product p = map(RecordedRows.windows7EnterpriseKms());

        @Test
        void isWindowsFromItsApplicationId() {
            assertEquals(Application.WINDOWS, p.application());
            assertTrue(p.kmsClient());
        }

        @Test
        void keepsTheHostFoundThroughDns() {
            assertNull(p.kmsHost());
            assertEquals("emeronb10-rc3.sppvltest.net", p.discoveredKmsHost());
            assertEquals(1688, p.discoveredKmsPort());
        }

        @Test
        void keepsTheHostProvidedIntervals() {
            assertEquals(15, p.activationIntervalMinutes());
            assertEquals(25, p.renewalIntervalMinutes());
            assertEquals(Optional.of(169), p.daysLeft());
        }

        @Test
        void hasNoSkuIdWhereTheRowHasNone() {
            assertNull(p.skuId());
        }
    }

    @Nested
    class Exclusions {
        @Test
        void aLicenseWithoutAnInstalledKeyIsNotAProduct() {
            assertEquals(Optional.empty(), ProductRowMapper.toProduct(new WmiRow(RecordedRows.visioRetailWithoutKey())));
        }

        @Test
        void aBlankKeyCountsAsNoKey() {
            Map<String, Object> r = RecordedRows.office2019ProPlusKms();
            r.put("PartialProductKey", "  ");
            assertEquals(Optional.empty(), ProductRowMapper.toProduct(new WmiRow(r)));
        }
    }

    @Nested
    class UnexpectedValues {
        @Test
        void anUndocumentedLicenseStatusGivesNoStatusButKeepsTheRest() {
            Product p = map(RecordedRows.office2016WithUndocumentedStatus());
            assertNull(p.status());
            assertEquals(258642L, p.remainingMinutes());
            assertEquals("WFG99", p.partialKey());
        }

        @Test
        void aRowWithOnlyAKeyGivesAProductOfNulls() {
            Product p = map(RecordedRows.row("PartialProductKey", "6MWKP"));
            assertEquals("6MWKP", p.partialKey());
            assertNull(p.name());
            assertNull(p.status());
            assertNull(p.statusReason());
            assertNull(p.remainingMinutes());
            assertNull(p.application());
            assertFalse(p.kmsClient());
        }

        @Test
        void anApplicationIdInBracesAndUpperCaseIsStillRecognised() {
            Map<String, Object> r = RecordedRows.windows7EnterpriseKms();
            r.put("ApplicationID", "{55C92734-D682-4D71-983E-D6EC3F16059F}");
            assertEquals(Application.WINDOWS, map(r).application());
        }

        @Test
        void aPortOutsideTheTcpRangeIsNotKept() {
            Map<String, Object> r = RecordedRows.office2016ProPlusCustomPort();
            r.put("KeyManagementServicePort", 70000L);
            assertNull(map(r).kmsPort());
        }
    }
}
