package org.kmstray.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmstray.i18n.Language;
import org.kmstray.i18n.Messages;
import org.kmstray.network.NetworkSnapshot.Adapter;
import org.kmstray.network.NetworkSnapshot.Address;
import org.kmstray.settings.PropertiesFilePolicy;
import org.kmstray.settings.Settings;
import org.kmstray.testing.InMemoryPreferences;

/**
 * Synthetic snapshots: plain records, no platform output. Adapter descriptions are the vendor strings
 * cited in SettingKeys.VPN_ADAPTER_PATTERNS; addresses are made up (campus 140.112.0.0/16 and
 * 2001:288:1001::/48, home 192.168.1.0/24 and 2001:db8::/32).
 */
class LocationClassifierTest {
    private static final String CAMPUS = "140.112.0.0/16, 2001:288:1001::/48";
    private static final String POOLS = "140.112.250.0/24; 2001:288:1001:f000::/52";

    private static Settings settings(String... pairs) {
        Properties p = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            p.setProperty(pairs[i], pairs[i + 1]);
        }
        return new Settings(new InMemoryPreferences(), PropertiesFilePolicy.of(p, "test"));
    }

    private static final Settings CAMPUS_AND_POOLS = settings("campus.networks", CAMPUS, "vpn.pools", POOLS);
    private static final Settings CAMPUS_ONLY = settings("campus.networks", CAMPUS);
    private static final Settings NOTHING = settings();

    private static Adapter adapter(String name, String description, String alias, int ifType, boolean up, String... cidrs) {
        return new Adapter(name, description, alias, ifType, up, Arrays.stream(cidrs).map(c -> {
            int slash = c.indexOf('/');
            return new Address(c.substring(0, slash), Integer.parseInt(c.substring(slash + 1)));
        }).toList());
    }

    private static Adapter campusEthernet(boolean up) {
        return adapter("eth1", "Intel(R) Ethernet Connection I219-LM", "Ethernet 2", 6, up, "140.112.30.5/24", "fe80::a1b2:1/64");
    }

    private static Adapter homeWifi(String... extra) {
        String[] all = Stream.concat(Stream.of("192.168.1.23/24", "fe80::22/64"), Arrays.stream(extra)).toArray(String[]::new);
        return adapter("wlan0", "Intel(R) Wi-Fi 6 AX201 160MHz", "Wi-Fi", 71, true, all);
    }

    private static Adapter forti(boolean up, String... cidrs) {
        return adapter("eth4", "Fortinet SSL VPN Virtual Ethernet Adapter", "Ethernet 3", 6, up, cidrs);
    }

    private static NetworkSnapshot snapshot(Adapter... adapters) {
        return new NetworkSnapshot(List.of(adapters), List.of(), List.of());
    }

    private static NetworkSnapshot snapshot(List<String> suffixes, Adapter... adapters) {
        return new NetworkSnapshot(List.of(adapters), suffixes, List.of());
    }

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("IPv4 campus address", CAMPUS_AND_POOLS, snapshot(campusEthernet(true)),
                        Location.ON_CAMPUS, Evidence.of("network.evidence.campusAddress", "Ethernet 2", "140.112.30.5", "140.112.0.0/16")),
                Arguments.of("IPv6 campus address next to a private IPv4 one", CAMPUS_AND_POOLS,
                        snapshot(homeWifi("2001:288:1001:12::5/64")),
                        Location.ON_CAMPUS, Evidence.of("network.evidence.campusAddress", "Wi-Fi", "2001:288:1001:12::5", "2001:288:1001::/48")),
                Arguments.of("home network only", CAMPUS_AND_POOLS, snapshot(homeWifi("2001:db8:5::23/64")),
                        Location.OFF_CAMPUS, Evidence.of("network.evidence.noCampusAddress", "140.112.0.0/16, 2001:288:1001::/48")),
                Arguments.of("VPN pool address inside campus space", CAMPUS_AND_POOLS,
                        snapshot(homeWifi(), forti(true, "140.112.250.17/32")),
                        Location.ON_VPN, Evidence.of("network.evidence.vpnPoolAddress", "Ethernet 3", "140.112.250.17", "140.112.250.0/24")),
                Arguments.of("IPv6 VPN pool address", CAMPUS_AND_POOLS,
                        snapshot(homeWifi(), forti(true, "2001:288:1001:f00a::9/128")),
                        Location.ON_VPN, Evidence.of("network.evidence.vpnPoolAddress", "Ethernet 3", "2001:288:1001:f00a::9", "2001:288:1001:f000::/52")),
                Arguments.of("Windows' own L2TP VPN, known only by its pool address", CAMPUS_AND_POOLS,
                        snapshot(homeWifi(), adapter("ppp0", "Campus L2TP", "Campus L2TP", 23, true, "140.112.250.33/32")),
                        Location.ON_VPN, Evidence.of("network.evidence.vpnPoolAddress", "Campus L2TP", "140.112.250.33", "140.112.250.0/24")),
                Arguments.of("VPN adapter by pattern when no pools are set", CAMPUS_ONLY,
                        snapshot(homeWifi(), forti(true, "10.212.134.200/32")),
                        Location.ON_VPN, Evidence.of("network.evidence.vpnAdapterUp", "Fortinet SSL VPN Virtual Ethernet Adapter", "Fortinet")),
                Arguments.of("VPN adapter by pattern wins over a campus address when no pools are set", CAMPUS_ONLY,
                        snapshot(forti(true, "140.112.9.9/32")),
                        Location.ON_VPN, Evidence.of("network.evidence.vpnAdapterUp", "Fortinet SSL VPN Virtual Ethernet Adapter", "Fortinet")),
                Arguments.of("another VPN outside the campus pools", CAMPUS_AND_POOLS,
                        snapshot(homeWifi(), adapter("eth5", "TAP-Windows Adapter V9", "OpenVPN TAP", 6, true, "10.8.0.6/24")),
                        Location.OFF_CAMPUS, Evidence.of("network.evidence.noCampusAddress", "140.112.0.0/16, 2001:288:1001::/48")),
                Arguments.of("campus adapter down, home Wi-Fi up", CAMPUS_AND_POOLS, snapshot(campusEthernet(false), homeWifi()),
                        Location.OFF_CAMPUS, Evidence.of("network.evidence.noCampusAddress", "140.112.0.0/16, 2001:288:1001::/48")),
                Arguments.of("VPN adapter down keeps its pool address", CAMPUS_AND_POOLS,
                        snapshot(homeWifi(), forti(false, "140.112.250.17/32")),
                        Location.OFF_CAMPUS, Evidence.of("network.evidence.noCampusAddress", "140.112.0.0/16, 2001:288:1001::/48")),
                Arguments.of("disconnected VPN adapter up with only a link-local address", CAMPUS_ONLY,
                        snapshot(homeWifi(), forti(true, "169.254.12.7/16", "fe80::9/64")),
                        Location.OFF_CAMPUS, Evidence.of("network.evidence.noCampusAddress", "140.112.0.0/16, 2001:288:1001::/48")),
                Arguments.of("every adapter down", CAMPUS_AND_POOLS, snapshot(campusEthernet(false), forti(false, "140.112.250.17/32")),
                        Location.UNKNOWN, Evidence.of("network.evidence.noActiveAdapter")),
                Arguments.of("empty snapshot", CAMPUS_AND_POOLS, snapshot(),
                        Location.UNKNOWN, Evidence.of("network.evidence.noActiveAdapter")),
                Arguments.of("nothing configured, on campus", NOTHING, snapshot(campusEthernet(true)),
                        Location.UNKNOWN, Evidence.of("network.evidence.campusNotConfigured")),
                Arguments.of("nothing configured, VPN up", NOTHING, snapshot(homeWifi(), forti(true, "10.212.134.200/32")),
                        Location.UNKNOWN, Evidence.of("network.evidence.campusNotConfigured")));
    }

    @ParameterizedTest(name = "{0} \u2192 {3}")
    @MethodSource("table")
    void classifiesTheTable(String situation, Settings settings, NetworkSnapshot snapshot, Location expected, Evidence firstEvidence) {
        LocationReport report = LocationClassifier.classify(snapshot, settings);
        assertEquals(expected, report.location(), situation + ": " + report.evidence());
        assertEquals(firstEvidence, report.evidence().get(0), situation);
    }

    @Nested
    class VpnAndCampusTogether {
        @Test
        void theCampusAddressIsStillListedAfterTheVpnEvidence() {
            LocationReport r = LocationClassifier.classify(snapshot(homeWifi(), forti(true, "140.112.250.17/32")), CAMPUS_AND_POOLS);
            assertEquals(List.of(
                    Evidence.of("network.evidence.vpnPoolAddress", "Ethernet 3", "140.112.250.17", "140.112.250.0/24"),
                    Evidence.of("network.evidence.campusAddress", "Ethernet 3", "140.112.250.17", "140.112.0.0/16")),
                    r.evidence());
        }

        @Test
        void aVpnOutsideThePoolsIsMentionedSoTheUserSeesWhyItDidNotCount() {
            LocationReport r = LocationClassifier.classify(
                    snapshot(homeWifi(), adapter("eth5", "TAP-Windows Adapter V9", "OpenVPN TAP", 6, true, "10.8.0.6/24")), CAMPUS_AND_POOLS);
            assertTrue(r.evidence().contains(Evidence.of("network.evidence.vpnAdapterOutsidePools", "TAP-Windows Adapter V9",
                    "140.112.250.0/24, 2001:288:1001:f000::/52")), r.evidence().toString());
        }

        @Test
        void withNothingConfiguredTheVpnIsReportedButTheLocationStaysUnknown() {
            LocationReport r = LocationClassifier.classify(snapshot(homeWifi(), forti(true, "10.212.134.200/32")), NOTHING);
            assertEquals(Location.UNKNOWN, r.location());
            assertEquals(Evidence.of("network.evidence.vpnAdapterUp", "Fortinet SSL VPN Virtual Ethernet Adapter", "Fortinet"),
                    r.evidence().get(1));
        }
    }

    @Nested
    class AddressesInEvidence {
        @Test
        void anIpv6AddressIsNamedInItsShortFormWhateverFormTheSnapshotGave() {
            LocationReport r = LocationClassifier.classify(
                    snapshot(adapter("eth1", "Intel(R) Ethernet Connection I219-LM", "Ethernet 2", 6, true, "2001:0288:1001:0012:0:0:0:0005/64")),
                    CAMPUS_ONLY);
            assertEquals(List.of(Evidence.of("network.evidence.campusAddress", "Ethernet 2", "2001:288:1001:12::5", "2001:288:1001::/48")),
                    r.evidence());
        }
    }

    @Nested
    class OverlappingNetworks {
        @Test
        void theMostSpecificCampusNetworkIsNamedWhateverTheOrder() {
            for (String nets : List.of("140.112.0.0/16,140.112.30.0/24", "140.112.30.0/24,140.112.0.0/16")) {
                LocationReport r = LocationClassifier.classify(snapshot(campusEthernet(true)), settings("campus.networks", nets));
                assertEquals(Location.ON_CAMPUS, r.location());
                assertEquals(List.of(Evidence.of("network.evidence.campusAddress", "Ethernet 2", "140.112.30.5", "140.112.30.0/24")),
                        r.evidence());
            }
        }

        @Test
        void aPoolThatCoversTheWholeCampusStillMeansVpnOnlyForAddressesInIt() {
            Settings s = settings("campus.networks", "140.112.0.0/16", "vpn.pools", "140.112.0.0/16");
            assertEquals(Location.ON_VPN, LocationClassifier.classify(snapshot(campusEthernet(true)), s).location());
            assertEquals(Location.OFF_CAMPUS, LocationClassifier.classify(snapshot(homeWifi()), s).location());
        }

        @Test
        void anIpv4BlockNeverMatchesAnIpv6AddressAndViceVersa() {
            Settings s = settings("campus.networks", "0.0.0.0/0");
            assertEquals(Location.OFF_CAMPUS, LocationClassifier.classify(
                    snapshot(adapter("eth0", "x", "Ethernet", 6, true, "2001:db8::1/64")), s).location());
            Settings s6 = settings("campus.networks", "::/0");
            assertEquals(Location.OFF_CAMPUS, LocationClassifier.classify(
                    snapshot(adapter("eth0", "x", "Ethernet", 6, true, "192.0.2.1/24")), s6).location());
        }
    }

    @Nested
    class DnsSuffixes {
        private final Settings suffixOnly = settings("campus.dns.suffixes", "ntu.edu.tw");

        @Test
        void aCampusSuffixAloneMeansOnCampus() {
            LocationReport r = LocationClassifier.classify(snapshot(List.of("AD.NTU.edu.tw."), homeWifi()), suffixOnly);
            assertEquals(Location.ON_CAMPUS, r.location());
            assertEquals(List.of(Evidence.of("network.evidence.campusDnsSuffix", "ad.ntu.edu.tw", "ntu.edu.tw")), r.evidence());
        }

        @Test
        void aSuffixMatchesOnlyAtALabelBoundary() {
            LocationReport r = LocationClassifier.classify(snapshot(List.of("xntu.edu.tw"), homeWifi()), suffixOnly);
            assertEquals(Location.UNKNOWN, r.location(), "no suffix reported is no proof of being elsewhere");
            assertEquals(List.of(Evidence.of("network.evidence.noCampusSuffix", "ntu.edu.tw")), r.evidence());
        }

        @Test
        void addressesOutweighTheSuffixWhenCampusNetworksAreConfigured() {
            Settings both = settings("campus.networks", CAMPUS, "campus.dns.suffixes", "ntu.edu.tw");
            LocationReport r = LocationClassifier.classify(snapshot(List.of("ad.ntu.edu.tw"), homeWifi()), both);
            assertEquals(Location.OFF_CAMPUS, r.location());
            assertEquals(Evidence.of("network.evidence.campusDnsSuffixOnly", "ad.ntu.edu.tw", "ntu.edu.tw"), r.evidence().get(1));
        }

        @Test
        void onCampusTheSuffixJoinsTheAddressEvidence() {
            Settings both = settings("campus.networks", CAMPUS, "campus.dns.suffixes", "ntu.edu.tw");
            LocationReport r = LocationClassifier.classify(snapshot(List.of("ad.ntu.edu.tw"), campusEthernet(true)), both);
            assertEquals(Location.ON_CAMPUS, r.location());
            assertEquals(2, r.evidence().size());
        }
    }

    @Nested
    class InWords {
        @Test
        void evidenceReadsAsASentenceInEnglish() {
            LocationReport r = LocationClassifier.classify(snapshot(campusEthernet(true)), CAMPUS_ONLY);
            Messages en = Messages.of(Language.ENGLISH);
            assertEquals("Ethernet 2 has 140.112.30.5, inside campus network 140.112.0.0/16.", LocationReportText.evidence(r, en).get(0));
            assertEquals("On campus", LocationReportText.location(r.location(), en));
        }

        @Test
        void evidenceReadsAsASentenceInTraditionalChinese() {
            LocationReport r = LocationClassifier.classify(snapshot(homeWifi(), forti(true, "10.212.134.200/32")), CAMPUS_ONLY);
            Messages zh = Messages.of(Language.TRADITIONAL_CHINESE);
            assertEquals("網路介面卡「Fortinet SSL VPN Virtual Ethernet Adapter」已連線（符合 VPN 比對字串「Fortinet」）。",
                    LocationReportText.evidence(r, zh).get(0));
            assertEquals("已透過 VPN 連線", LocationReportText.location(r.location(), zh));
        }

        @Test
        void everyEvidenceKeyExistsInBothLanguages() {
            for (Language l : Language.values()) {
                Messages m = Messages.of(l);
                for (String key : List.of("noActiveAdapter", "campusNotConfigured", "campusAddress", "vpnPoolAddress", "vpnAdapterUp",
                        "vpnAdapterOutsidePools", "campusDnsSuffix", "campusDnsSuffixOnly", "noCampusAddress", "noCampusSuffix")) {
                    assertTrue(m.has("network.evidence." + key), l + " " + key);
                }
                for (Location loc : Location.values()) {
                    assertTrue(m.has("network.location." + loc.name()), l + " " + loc);
                }
            }
        }
    }
}
