package org.kmstray.license.wmi;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * WMI instances rebuilt from recorded and documented values only. Each fixture names its source: a
 * capture in ../shared/reference/samples/ (ospp.vbs / slmgr.vbs print these properties; see the
 * licensing reference §2.3 for which line shows which property) or the MS-SPPWMI property list in the
 * licensing reference §1.2. Where a capture does not show a property, the fixture leaves it out rather
 * than inventing a value.
 */
final class RecordedRows {
    private RecordedRows() {
    }

    /** ApplicationID of Office 2013 and later (reference §0.3). */
    static final String OFFICE_APP_ID = "0ff1ce15-a989-479d-af46-f275c6370663";
    /** ApplicationID of Office 2010 (reference §0.3). */
    static final String OFFICE_2010_APP_ID = "59a52881-a989-479d-af46-f275c6370663";
    /** ApplicationID of Windows (reference §0.3). */
    static final String WINDOWS_APP_ID = "55c92734-d682-4d71-983e-d6ec3f16059f";

    /**
     * Source: samples/ospp-dstatus-office2019-kms-zhcn-01.txt (Office 2019 ProPlus KMS client, LICENSED,
     * "REMAINING GRACE: 180 days (259200 minute(s)...)", no ERROR CODE line, so LicenseStatusReason 0;
     * "DNS auto-discovery: KMS name not available", so no discovered host and port 0; "registry override
     * defined: kms.ghpym.com:1688", which ospp.vbs prints for port 0 as well as for 1688 (§2.3), here 0).
     * ProductKeyChannel Volume:GVLK: the KMS client channel on Windows 8.1+ (reference §0.6).
     */
    static Map<String, Object> office2019ProPlusKms() {
        return row("ID", "85dd8b5f-eaa4-4af3-a628-cce9e77c9a03",
                "Name", "Office 19, Office19ProPlus2019VL_KMS_Client_AE edition",
                "Description", "Office 19, VOLUME_KMSCLIENT channel",
                "ApplicationID", OFFICE_APP_ID,
                "PartialProductKey", "6MWKP",
                "LicenseStatus", 1L,
                "LicenseStatusReason", 0L,
                "GracePeriodRemaining", 259200L,
                "KeyManagementServiceMachine", "kms.ghpym.com",
                "KeyManagementServicePort", 0L,
                "DiscoveredKeyManagementServiceMachineName", null,
                "DiscoveredKeyManagementServiceMachinePort", 0L,
                "VLActivationInterval", 120L,
                "VLRenewalInterval", 10080L,
                "ProductKeyChannel", "Volume:GVLK");
    }

    /**
     * Source: samples/ospp-session-office2016-kms-customport-enus-01.txt, /dstatus part (Office 2016
     * ProPlus KMS client, LICENSED, "ERROR CODE: 0x4004F040", 258642 minutes, host 42.193.139.78 port
     * 16886, no DNS-discovered host).
     */
    static Map<String, Object> office2016ProPlusCustomPort() {
        return row("ID", "d450596f-894d-49e0-966a-fd39ed4c4c64",
                "Name", "Office 16, Office16ProPlusVL_KMS_Client edition",
                "Description", "Office 16, VOLUME_KMSCLIENT channel",
                "ApplicationID", OFFICE_APP_ID,
                "PartialProductKey", "WFG99",
                "LicenseStatus", 1L,
                "LicenseStatusReason", 0x4004F040L,
                "GracePeriodRemaining", 258642L,
                "KeyManagementServiceMachine", "42.193.139.78",
                "KeyManagementServicePort", 16886L,
                "DiscoveredKeyManagementServiceMachineName", null,
                "DiscoveredKeyManagementServiceMachinePort", 0L,
                "VLActivationInterval", 120L,
                "VLRenewalInterval", 10080L);
    }

    /**
     * Source: samples/ospp-dstatus-office2016-mixed-notifications-C004F00F-zhcn-01.txt, third block (Visio
     * 2016 KMS client in NOTIFICATIONS, "ERROR CODE: 0xC004F00F", no REMAINING GRACE line, which ospp.vbs
     * omits when GracePeriodRemaining is 0; no registry override, so KeyManagementServiceMachine null).
     */
    static Map<String, Object> visio2016KmsNotification() {
        return row("ID", "6bf301c1-b94a-43e9-ba31-d494598c47fb",
                "Name", "Office 16, Office16VisioProVL_KMS_Client edition",
                "Description", "Office 16, VOLUME_KMSCLIENT channel",
                "ApplicationID", OFFICE_APP_ID,
                "PartialProductKey", "RJRJK",
                "LicenseStatus", 5L,
                "LicenseStatusReason", 0xC004F00FL,
                "GracePeriodRemaining", 0L,
                "KeyManagementServiceMachine", null,
                "KeyManagementServicePort", 0L,
                "DiscoveredKeyManagementServiceMachineName", null,
                "DiscoveredKeyManagementServiceMachinePort", 0L,
                "VLActivationInterval", 120L,
                "VLRenewalInterval", 10080L);
    }

    /**
     * Source: samples/ospp-dstatus-office2019-retailgrace-oobgrace-zhcn-01.txt (retail Grace SKU, OOB_GRACE,
     * "ERROR CODE: 0x4004F00C", 7195 minutes). ospp.vbs prints no KMS lines for a retail SKU, so those
     * properties are left out.
     */
    static Map<String, Object> office2019RetailGrace() {
        return row("ID", "52c4d79f-6e1a-45b7-b479-36b666e0a2f8",
                "Name", "Office 19, Office19ProPlus2019R_Grace edition",
                "Description", "Office 19, RETAIL(Grace) channel",
                "ApplicationID", OFFICE_APP_ID,
                "PartialProductKey", "8MBCX",
                "LicenseStatus", 2L,
                "LicenseStatusReason", 0x4004F00CL,
                "GracePeriodRemaining", 7195L);
    }

    /**
     * Source: samples/slmgr-dli-win7-kms-client-microsoft-docs-01.txt (Microsoft's Windows 7 KMS client
     * example: Licensed, 243720 minutes, "KMS machine name from DNS: emeronb10-rc3.sppvltest.net:1688",
     * intervals 15 and 25 minutes). /dli does not show the SKU ID, so ID is left out.
     */
    static Map<String, Object> windows7EnterpriseKms() {
        return row("Name", "Windows(R) 7, Enterprise edition",
                "Description", "Windows Operating System - Windows(R) 7, VOLUME_KMSCLIENT channel",
                "ApplicationID", WINDOWS_APP_ID,
                "PartialProductKey", "DVQ7P",
                "LicenseStatus", 1L,
                "LicenseStatusReason", 0L,
                "GracePeriodRemaining", 243720L,
                "KeyManagementServiceMachine", null,
                "KeyManagementServicePort", 0L,
                "DiscoveredKeyManagementServiceMachineName", "emeronb10-rc3.sppvltest.net",
                "DiscoveredKeyManagementServiceMachinePort", 1688L,
                "VLActivationInterval", 15L,
                "VLRenewalInterval", 25L);
    }

    /**
     * The retail Visio license of samples/ospp-dstatus-office2016-mixed-notifications-C004F00F-zhcn-01.txt
     * as it stands before a key is installed: MS-SPPWMI documents PartialProductKey as null then
     * (reference §1.2). Its other values are not recorded and left out.
     */
    static Map<String, Object> visioRetailWithoutKey() {
        return row("ID", "2dfe2075-2d04-4e43-816a-eb60bbb77574",
                "Name", "Office 16, Office16VisioProR_Retail edition",
                "Description", "Office 16, RETAIL channel",
                "ApplicationID", OFFICE_APP_ID,
                "PartialProductKey", null);
    }

    /**
     * The Office 2016 row above with LicenseStatus 7: outside the documented 0–6 (reference §0.4), chosen
     * to test that an undocumented value is not forced into a state.
     */
    static Map<String, Object> office2016WithUndocumentedStatus() {
        Map<String, Object> r = office2016ProPlusCustomPort();
        r.put("LicenseStatus", 7L);
        return r;
    }

    static Map<String, Object> row(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }
}
