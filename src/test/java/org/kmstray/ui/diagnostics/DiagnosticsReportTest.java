package org.kmstray.ui.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kmstray.i18n.Language;
import org.kmstray.i18n.Messages;
import org.kmstray.settings.OrganisationPolicy;
import org.kmstray.settings.SettingKeys;
import org.kmstray.settings.Settings;
import org.kmstray.settings.SettingsWarning;
import org.kmstray.testing.InMemoryPreferences;
import org.kmstray.ui.DemoStates;

class DiagnosticsReportTest {
    private static final Messages EN = Messages.of(Language.ENGLISH);
    private static final Messages ZH = Messages.of(Language.TRADITIONAL_CHINESE);
    private static final DiagnosticsReport.Environment ENV = new DiagnosticsReport.Environment(DemoStates.NOW, "17.0.15", "Debian",
            "Windows 11 10.0 (amd64)", "alice", "/home/alice");

    private static Settings settings() throws Exception {
        Settings s = new Settings(new InMemoryPreferences(), new OrganisationPolicy() {
            @Override
            public Map<String, String> defaults() {
                return Map.of("campus.networks", "140.112.0.0/16");
            }

            @Override
            public Map<String, String> locked() {
                return Map.of("kms.host", "kms.example.edu");
            }

            @Override
            public List<SettingsWarning> warnings() {
                return List.of();
            }

            @Override
            public String describe() {
                return "/home/alice/kms-tray.properties";
            }
        });
        s.set(SettingKeys.VPN_CLIENT, "/home/alice/bin/start-vpn.exe");
        return s;
    }

    private static String report(Messages m, org.kmstray.reminder.AppState state) throws Exception {
        return DiagnosticsReport.text(state, m, DemoStates.TAIPEI, "1.0.0", settings(), ENV);
    }

    @Nested
    class AfterTheVpnWasRequired {
        @Test
        void productsCarryTheirSkuPartialKeyStatusReasonDaysExpiryAndKmsHost() throws Exception {
            String r = report(EN, DemoStates.vpnRequired(5, "https://vpn.example.edu"));
            assertTrue(r.contains("SKU ID: 85dd8b5f-eaa4-4af3-a628-cce9e77c9a03"), r);
            assertTrue(r.contains("Partial product key: 6MWKP"), r);
            assertTrue(r.contains("Status: LICENSED (Activated)"), r);
            assertTrue(r.contains("Status reason: 0x4004F040"), r);
            assertTrue(r.contains("Days left: 5 ("), r);
            assertTrue(r.contains("Expires: Dec 1, 2026"), r);
            assertTrue(r.contains("KMS host (set): kms.example.edu:1688"), r);
            assertTrue(r.contains("[1] Office 2019 Professional Plus"), r);
        }

        @Test
        void locationProbeRenewalAndErrorsAreExplained() throws Exception {
            String r = report(EN, DemoStates.vpnRequired(5, "https://vpn.example.edu"));
            assertTrue(r.contains("OFF_CAMPUS \u2013 Off campus, without VPN"), r);
            assertTrue(r.contains("  - No connected adapter has an address inside the campus networks 140.112.0.0/16."), r);
            assertTrue(r.contains("kms.example.edu:1688 \u2192 TIMEOUT (address 140.112.2.10, 3000 ms) no reply"), r);
            assertTrue(r.contains("VPN_REQUIRED: " + EN.get("renewal.outcome.VPN_REQUIRED")), r);
            assertTrue(r.contains("0xC004F074: " + org.kmstray.license.ErrorCatalogue.explain(new org.kmstray.license.Hresult(0xC004F074), EN).meaning()), r);
        }

        @Test
        void versionsOfTheAppJavaAndTheSystemAreNamed() throws Exception {
            String r = report(EN, DemoStates.vpnRequired(5, ""));
            assertTrue(r.startsWith("KMS Tray diagnostics"), r);
            assertTrue(r.contains("App version: 1.0.0"));
            assertTrue(r.contains("Java: 17.0.15 (Debian)"));
            assertTrue(r.contains("Operating system: Windows 11 10.0 (amd64)"));
            assertTrue(r.contains("Demo mode"));
        }

        @Test
        void traditionalChineseLabelsKeepTheValuesAsWindowsReportsThem() throws Exception {
            String r = report(ZH, DemoStates.vpnRequired(5, ""));
            assertTrue(r.startsWith("KMS Tray 診斷資訊"), r);
            assertTrue(r.contains("產品金鑰末五碼: 6MWKP"), r);
            assertTrue(r.contains("狀態: LICENSED (已啟用)"), r);
            assertTrue(r.contains("到期時間: 2026/12/01"), r);
            assertTrue(r.contains("== KMS 主機連線測試 =="), r);
            assertTrue(r.contains("0xC004F074: "), r);
        }
    }

    @Nested
    class Privacy {
        @Test
        void theUserNameAndHomeFolderNeverAppear() throws Exception {
            for (Messages m : List.of(EN, ZH)) {
                String r = report(m, DemoStates.vpnRequired(5, "/home/alice/bin/start-vpn"));
                assertFalse(r.toLowerCase().contains("alice"), r);
                assertTrue(r.contains("vpn.client = ~/bin/start-vpn.exe"), r);
            }
        }

        @Test
        void noFullProductKeyAppears() throws Exception {
            String r = report(EN, DemoStates.demo(12));
            assertFalse(r.matches("(?s).*[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}.*"), r);
        }

        @Test
        void aShortNameIsRemovedOnlyAsAWholeWord() {
            assertEquals("<user> logged in; Alice in wonderland", DiagnosticsReport.redact("al logged in; Alice in wonderland", "al", ""));
        }
    }

    @Nested
    class Settings_ {
        @Test
        void eachSettingShowsItsValueAndWhereItCameFrom() throws Exception {
            String r = report(EN, DemoStates.demo(12));
            assertTrue(r.contains("kms.host = kms.example.edu  (set by the organization, locked)"), r);
            assertTrue(r.contains("campus.networks = 140.112.0.0/16  (organization default)"), r);
            assertTrue(r.contains("kms.port = 1688  (built-in)"), r);
            assertFalse(r.contains("reminder.state"), r);
        }

        @Test
        void withoutSettingsTheSectionIsLeftOut() {
            String r = DiagnosticsReport.text(DemoStates.demo(12), EN, DemoStates.TAIPEI, "1.0.0", null, ENV);
            assertFalse(r.contains("== Settings =="), r);
        }
    }

    @Nested
    class WhenTheStateCannotBeRead {
        @Test
        void theReasonAndTheLastGoodReadingAreGiven() throws Exception {
            String r = report(EN, DemoStates.unknown(12));
            assertTrue(r.contains("The license state could not be read (source wmi)"), r);
            assertTrue(r.contains("Last good reading, from Nov 26, 2026 12:00:"), r);
            assertTrue(r.contains("SKU ID: "), r);
        }
    }
}
