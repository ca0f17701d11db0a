package org.kmstray.platform.oshi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kmstray.network.NetworkSnapshot;
import org.kmstray.network.NetworkSnapshot.Adapter;
import org.kmstray.network.NetworkSnapshot.Address;
import org.kmstray.settings.Cidr;
import oshi.hardware.NetworkIF;
import oshi.software.os.NetworkParams;

class OshiNetworkSnapshotSourceTest {

    /** A NetworkIF answering from a map of method name to value; anything else is an error. */
    private static NetworkIF fake(Map<String, Object> answers) {
        return (NetworkIF) Proxy.newProxyInstance(NetworkIF.class.getClassLoader(), new Class<?>[] {NetworkIF.class},
                (proxy, method, args) -> {
                    if (!answers.containsKey(method.getName())) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return answers.get(method.getName());
                });
    }

    private static Map<String, Object> vpnAdapter(NetworkIF.IfOperStatus status) {
        return new java.util.HashMap<>(Map.of(
                "getName", "ppp0", "getDisplayName", "Campus VPN", "getIfAlias", "Campus VPN", "getIfType", 23,
                "getIfOperStatus", status,
                "getIPv4addr", new String[] {"140.112.250.33"}, "getSubnetMasks", new Short[] {32},
                "getIPv6addr", new String[] {"2001:288:1001:f00a::9", "fe80::5"}, "getPrefixLengths", new Short[] {128}));
    }

    /** The fake with no java.net.NetworkInterface behind it (a map cannot hold the null). */
    private static NetworkIF withoutInterface(Map<String, Object> answers) {
        NetworkIF inner = fake(answers);
        return (NetworkIF) Proxy.newProxyInstance(NetworkIF.class.getClassLoader(), new Class<?>[] {NetworkIF.class},
                (proxy, method, args) -> method.getName().equals("queryNetworkInterface") ? null : method.invoke(inner, args));
    }

    @Nested
    class OnThisMachine {
        @Test
        void aRealSnapshotIsTakenWithoutLoopback() throws Exception {
            NetworkSnapshot s = new OshiNetworkSnapshotSource().take();
            for (Adapter a : s.adapters()) {
                for (Address addr : a.addresses()) {
                    InetAddress ip = Cidr.literal(addr.address());
                    assertTrue(ip != null && !ip.isLoopbackAddress(), a.name() + " " + addr);
                }
            }
            Set<String> expected = new TreeSet<>();
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!ni.isLoopback()) {
                    expected.add(ni.getName());
                }
            }
            Set<String> got = new TreeSet<>();
            s.adapters().forEach(a -> got.add(a.name()));
            assertEquals(expected, got, "every non-loopback interface, with or without a MAC address");
        }

        @Test
        void dnsValuesAreCleanText() {
            NetworkSnapshot s = new OshiNetworkSnapshotSource().take();
            s.dnsServers().forEach(d -> assertFalse(d.isBlank()));
            s.dnsSuffixes().forEach(d -> assertTrue(d.matches("[a-z0-9.-]+") && !d.startsWith(".") && !d.endsWith("."), d));
        }
    }

    @Nested
    class Failures {
        @Test
        void aFailingPlatformGivesAnEmptySnapshot() {
            NetworkSnapshot s = new OshiNetworkSnapshotSource(() -> {
                throw new IllegalStateException("no platform");
            }, () -> {
                throw new AssertionError("not reached");
            }).take();
            assertEquals(new NetworkSnapshot(List.of(), List.of(), List.of()), s);
        }

        @Test
        void aMissingNativeLibraryGivesAnEmptySnapshot() {
            NetworkSnapshot s = new OshiNetworkSnapshotSource(() -> {
                throw new UnsatisfiedLinkError("jnidispatch");
            }, () -> null).take();
            assertTrue(s.adapters().isEmpty());
        }

        @Test
        void unreadableDnsSettingsKeepTheAdapters() {
            NetworkIF vpn = withoutInterface(vpnAdapter(NetworkIF.IfOperStatus.UP));
            NetworkSnapshot s = new OshiNetworkSnapshotSource(() -> List.of(vpn), () -> {
                throw new IllegalStateException("GetNetworkParams failed");
            }).take();
            assertEquals(1, s.adapters().size());
            assertEquals(List.of(), s.dnsSuffixes());
        }

        @Test
        void oneBrokenAdapterDoesNotHideTheOthers() {
            NetworkIF broken = fake(Map.of());
            NetworkIF vpn = withoutInterface(vpnAdapter(NetworkIF.IfOperStatus.UP));
            NetworkParams params = (NetworkParams) Proxy.newProxyInstance(NetworkParams.class.getClassLoader(),
                    new Class<?>[] {NetworkParams.class}, (p, m, a) -> switch (m.getName()) {
                        case "getDomainName" -> "pc17.ad.example.edu";
                        case "getHostName" -> "PC17";
                        case "getDnsServers" -> new String[] {"140.112.254.4", "", "140.112.254.4", "8.8.8.8"};
                        default -> throw new UnsupportedOperationException(m.getName());
                    });
            NetworkSnapshot s = new OshiNetworkSnapshotSource(() -> List.of(broken, vpn), () -> params).take();
            assertEquals(List.of("ppp0"), s.adapters().stream().map(Adapter::name).toList());
            assertEquals(List.of("ad.example.edu"), s.dnsSuffixes());
            assertEquals(List.of("140.112.254.4", "8.8.8.8"), s.dnsServers());
        }
    }

    @Nested
    class Conversion {
        @Test
        void namesTypeAddressesAndPrefixesAreCarriedOver() {
            Adapter a = OshiNetworkSnapshotSource.toAdapter(withoutInterface(vpnAdapter(NetworkIF.IfOperStatus.UP)));
            assertEquals("ppp0", a.name());
            assertEquals("Campus VPN", a.description());
            assertEquals("Campus VPN", a.alias());
            assertEquals(23, a.ifType());
            assertTrue(a.up());
            assertEquals(List.of(new Address("140.112.250.33", 32), new Address("2001:288:1001:f00a::9", 128),
                    new Address("fe80::5", -1)), a.addresses(), "a missing prefix length is marked, not invented");
        }

        @Test
        void operStatusDownIsDown() {
            assertFalse(OshiNetworkSnapshotSource.toAdapter(withoutInterface(vpnAdapter(NetworkIF.IfOperStatus.DOWN))).up());
            assertFalse(OshiNetworkSnapshotSource.toAdapter(withoutInterface(vpnAdapter(NetworkIF.IfOperStatus.NOT_PRESENT))).up());
            assertFalse(OshiNetworkSnapshotSource.toAdapter(withoutInterface(vpnAdapter(NetworkIF.IfOperStatus.DORMANT))).up());
        }

        @Test
        void unknownOperStatusAsksTheOperatingSystem() throws Exception {
            NetworkInterface lo = NetworkInterface.getByInetAddress(InetAddress.getLoopbackAddress());
            NetworkIF nif = fake(Map.of("getIfOperStatus", NetworkIF.IfOperStatus.UNKNOWN));
            assertEquals(lo.isUp(), OshiNetworkSnapshotSource.isUp(nif, lo));
            assertFalse(OshiNetworkSnapshotSource.isUp(nif, null));
        }

        @Test
        void anInterfaceWithOnlyLoopbackAddressesIsLeftOut() {
            Map<String, Object> m = vpnAdapter(NetworkIF.IfOperStatus.UP);
            m.put("getIPv4addr", new String[] {"127.0.0.1"});
            m.put("getIPv6addr", new String[] {"::1"});
            assertNull(OshiNetworkSnapshotSource.toAdapter(withoutInterface(m)));
        }
    }

    @Nested
    class AddressText {
        @Test
        void ipv6AddressesAreShownInTheirShortForm() {
            Map<String, Object> m = vpnAdapter(NetworkIF.IfOperStatus.UP);
            m.put("getIPv6addr", new String[] {"2001:288:1001:0:0:0:0:5"});
            Adapter a = OshiNetworkSnapshotSource.toAdapter(withoutInterface(m));
            assertTrue(a.addresses().contains(new Address("2001:288:1001::5", 128)), a.addresses().toString());
        }

        @Test
        void dnsServersAreShownInTheirShortFormOnce() {
            assertEquals(List.of("2001:db8::53", "140.112.2.2"),
                    OshiNetworkSnapshotSource.servers(new String[] {"2001:db8:0:0:0:0:0:53", " 140.112.2.2", "2001:db8::53"}));
        }
    }

    @Nested
    class DnsSuffix {
        @Test
        void theHostLabelIsTakenOffTheFullyQualifiedName() {
            assertEquals(List.of("ad.example.edu"), OshiNetworkSnapshotSource.suffixes("PC17.AD.example.edu.", "pc17"));
            assertEquals(List.of("ad.example.edu"), OshiNetworkSnapshotSource.suffixes("pc17.ad.example.edu", ""));
        }

        @Test
        void aBareHostNameOrNothingHasNoSuffix() {
            assertEquals(List.of(), OshiNetworkSnapshotSource.suffixes("PC17", "PC17"));
            assertEquals(List.of(), OshiNetworkSnapshotSource.suffixes("", "PC17"));
            assertEquals(List.of(), OshiNetworkSnapshotSource.suffixes(null, null));
            assertEquals(List.of(), OshiNetworkSnapshotSource.suffixes("10.0.0.5", "x"));
        }
    }
}
