package org.kmstray.network;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kmstray.network.NetworkSnapshot.Adapter;
import org.kmstray.settings.Cidr;
import org.kmstray.settings.IpAddressText;
import org.kmstray.settings.SettingKeys;
import org.kmstray.settings.Settings;

/**
 * Decides where this PC is from one network snapshot and the settings. A pure function: same input,
 * same report, no I/O.
 *
 * <p>Only adapters that are up and hold a usable address count (loopback, link-local and unspecified
 * addresses are not usable: a disconnected VPN adapter often keeps a 169.254.x.x or fe80:: address).
 *
 * <ol>
 * <li>No usable adapter: {@code UNKNOWN}.
 * <li>VPN evidence is an address inside a configured VPN pool, or an adapter matching a VPN pattern.
 *     When VPN pools are configured they decide: a pattern match whose addresses are all outside the
 *     pools is some other VPN (a commercial one, say), reported but not counted.
 * <li>Campus is "configured" when campus networks or campus DNS suffixes are set. Without either the
 *     answer is {@code UNKNOWN}, not a guess, even when a VPN is up: a VPN adapter alone does not say
 *     it reaches this campus. The VPN evidence is still listed so the user sees what was found.
 * <li>VPN evidence wins over campus evidence ({@code ON_VPN}): VPN pools usually lie inside campus
 *     space, so a VPN address would otherwise read as "on campus".
 * <li>An address inside a campus network: {@code ON_CAMPUS}; the most specific matching network is
 *     named when networks overlap.
 * <li>Campus networks configured and no address inside them: {@code OFF_CAMPUS}, even when a DNS suffix
 *     matches a campus suffix. On Windows the suffix the platform reports is the primary DNS suffix,
 *     which a domain-joined laptop keeps at home, so the addresses are the better witness; the suffix
 *     is listed with that caveat.
 * <li>Only campus DNS suffixes configured: a matching suffix means {@code ON_CAMPUS}; no match means
 *     {@code UNKNOWN}, since the platform may simply not report the connection's suffix.
 * </ol>
 */
public final class LocationClassifier {
    private LocationClassifier() {
    }

    public static LocationReport classify(NetworkSnapshot snapshot, Settings settings) {
        List<Cidr> campusNetworks = settings.get(SettingKeys.CAMPUS_NETWORKS);
        List<String> campusSuffixes = settings.get(SettingKeys.CAMPUS_DNS_SUFFIXES);
        List<String> patterns = settings.get(SettingKeys.VPN_ADAPTER_PATTERNS);
        List<Cidr> pools = settings.get(SettingKeys.VPN_POOLS);

        List<Usable> usable = usableAdapters(snapshot);
        if (usable.isEmpty()) {
            return new LocationReport(Location.UNKNOWN, List.of(Evidence.of("network.evidence.noActiveAdapter")));
        }

        List<Evidence> poolHits = new ArrayList<>();
        List<Evidence> patternHits = new ArrayList<>();
        List<Evidence> vpnOutsidePools = new ArrayList<>();
        List<Evidence> campusHits = new ArrayList<>();
        for (Usable u : usable) {
            boolean inPool = false;
            for (Ip a : u.addresses) {
                Optional<Cidr> pool = mostSpecific(pools, a.address());
                if (pool.isPresent()) {
                    inPool = true;
                    poolHits.add(Evidence.of("network.evidence.vpnPoolAddress", label(u.adapter), a.text(), pool.get().text()));
                }
                mostSpecific(campusNetworks, a.address()).ifPresent(net -> campusHits.add(
                        Evidence.of("network.evidence.campusAddress", label(u.adapter), a.text(), net.text())));
            }
            Optional<String> pattern = matchingPattern(u.adapter, patterns);
            if (pattern.isPresent()) {
                if (pools.isEmpty()) {
                    patternHits.add(Evidence.of("network.evidence.vpnAdapterUp", vpnLabel(u.adapter), pattern.get()));
                } else if (!inPool) {
                    vpnOutsidePools.add(Evidence.of("network.evidence.vpnAdapterOutsidePools", vpnLabel(u.adapter), join(pools)));
                }
            }
        }
        List<Evidence> suffixHits = suffixHits(snapshot.dnsSuffixes(), campusSuffixes);

        List<Evidence> vpn = new ArrayList<>(poolHits);
        vpn.addAll(patternHits);
        boolean onVpn = !vpn.isEmpty();
        vpn.addAll(vpnOutsidePools);

        List<Evidence> out = new ArrayList<>();
        if (campusNetworks.isEmpty() && campusSuffixes.isEmpty()) {
            out.add(Evidence.of("network.evidence.campusNotConfigured"));
            out.addAll(vpn);
            return new LocationReport(Location.UNKNOWN, out);
        }
        if (onVpn) {
            out.addAll(vpn);
            out.addAll(campusHits);
            out.addAll(suffixHits);
            return new LocationReport(Location.ON_VPN, out);
        }
        if (!campusHits.isEmpty()) {
            out.addAll(campusHits);
            out.addAll(suffixHits);
            out.addAll(vpnOutsidePools);
            return new LocationReport(Location.ON_CAMPUS, out);
        }
        if (!campusNetworks.isEmpty()) {
            out.add(Evidence.of("network.evidence.noCampusAddress", join(campusNetworks)));
            for (Evidence e : suffixHits) {
                out.add(new Evidence("network.evidence.campusDnsSuffixOnly", e.args()));
            }
            out.addAll(vpnOutsidePools);
            return new LocationReport(Location.OFF_CAMPUS, out);
        }
        if (!suffixHits.isEmpty()) {
            out.addAll(suffixHits);
            out.addAll(vpnOutsidePools);
            return new LocationReport(Location.ON_CAMPUS, out);
        }
        out.add(Evidence.of("network.evidence.noCampusSuffix", String.join(", ", campusSuffixes)));
        out.addAll(vpnOutsidePools);
        return new LocationReport(Location.UNKNOWN, out);
    }

    private record Usable(Adapter adapter, List<Ip> addresses) {
    }

    /** An address with its text in the short form people read, whatever form the snapshot gave. */
    private record Ip(InetAddress address, String text) {
    }

    private static List<Usable> usableAdapters(NetworkSnapshot snapshot) {
        List<Usable> out = new ArrayList<>();
        for (Adapter a : snapshot.adapters()) {
            if (!a.up()) {
                continue;
            }
            List<Ip> addresses = new ArrayList<>();
            for (NetworkSnapshot.Address addr : a.addresses()) {
                InetAddress ip = Cidr.literal(addr.address());
                if (ip != null && !ip.isLoopbackAddress() && !ip.isLinkLocalAddress() && !ip.isAnyLocalAddress()) {
                    addresses.add(new Ip(ip, IpAddressText.of(ip)));
                }
            }
            if (!addresses.isEmpty()) {
                out.add(new Usable(a, addresses));
            }
        }
        return out;
    }

    private static Optional<Cidr> mostSpecific(List<Cidr> networks, InetAddress address) {
        Cidr best = null;
        for (Cidr c : networks) {
            if (c.contains(address) && (best == null || c.prefixLength() > best.prefixLength())) {
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<String> matchingPattern(Adapter a, List<String> patterns) {
        String haystack = (nz(a.name()) + "\n" + nz(a.description()) + "\n" + nz(a.alias())).toLowerCase(Locale.ROOT);
        for (String p : patterns) {
            if (!p.isBlank() && haystack.contains(p.toLowerCase(Locale.ROOT))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static List<Evidence> suffixHits(List<String> pcSuffixes, List<String> campusSuffixes) {
        List<Evidence> out = new ArrayList<>();
        for (String raw : pcSuffixes) {
            String s = normalise(raw);
            if (s.isEmpty()) {
                continue;
            }
            for (String c : campusSuffixes) {
                String campus = normalise(c);
                if (!campus.isEmpty() && (s.equals(campus) || s.endsWith("." + campus))) {
                    out.add(Evidence.of("network.evidence.campusDnsSuffix", s, campus));
                    break;
                }
            }
        }
        return out;
    }

    private static String normalise(String suffix) {
        String s = nz(suffix).trim().toLowerCase(Locale.ROOT);
        s = s.startsWith(".") ? s.substring(1) : s;
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** How the user knows the adapter: its connection name ("Ethernet 2"), else the system name. */
    static String label(Adapter a) {
        return !nz(a.alias()).isBlank() ? a.alias() : !nz(a.name()).isBlank() ? a.name() : nz(a.description());
    }

    /** VPN adapters are best recognised by their driver description ("PANGP Virtual Ethernet Adapter"). */
    static String vpnLabel(Adapter a) {
        return !nz(a.description()).isBlank() ? a.description() : label(a);
    }

    private static String join(List<Cidr> cidrs) {
        return String.join(", ", cidrs.stream().map(Cidr::text).toList());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
