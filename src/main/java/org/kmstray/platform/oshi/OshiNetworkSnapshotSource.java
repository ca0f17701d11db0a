package org.kmstray.platform.oshi;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kmstray.network.NetworkSnapshot;
import org.kmstray.network.NetworkSnapshot.Adapter;
import org.kmstray.network.NetworkSnapshot.Address;
import org.kmstray.network.NetworkSnapshotSource;
import org.kmstray.settings.Cidr;
import org.kmstray.settings.IpAddressText;
import oshi.SystemInfo;
import oshi.hardware.NetworkIF;
import oshi.software.os.NetworkParams;

/**
 * Network snapshots from OSHI, on every OS.
 *
 * <p>Adapters come from {@code getNetworkIFs(true)}: the no-argument form drops interfaces without a
 * hardware address, and many VPN adapters (PPP, IKEv2, SSTP, Wintun) have none. Loopback interfaces
 * are left out. An adapter is up when its RFC 2863 oper status is up; when the platform does not know
 * (Linux tun devices and pre-Vista Windows report UNKNOWN) the OS's own "interface is up" flag decides.
 * {@code isConnectorPresent()} is not used: it is false for every virtual adapter, VPNs included, so it
 * says nothing about being connected.
 *
 * <p>DNS, and its limits on Windows (OSHI 7.5.0 {@code WindowsNetworkParamsJNA}): the domain name is
 * {@code GetComputerNameEx(ComputerNameDnsFullyQualified)}, i.e. host plus <em>primary</em> DNS suffix;
 * the connection-specific suffix a campus DHCP server hands out (option 15) is not available, so a PC
 * outside a domain usually reports no suffix at all. DNS servers are {@code GetNetworkParams}' global
 * list, IPv4 only. On Linux the domain is the host's canonical name (empty when it does not resolve)
 * and the servers come from resolv.conf. Default gateways are not read: OSHI gets them on Windows by
 * running {@code route print}, too slow to repeat every minute.
 *
 * <p>Never throws: a failure is logged and gives an empty snapshot.
 */
public final class OshiNetworkSnapshotSource implements NetworkSnapshotSource {
    private static final Logger LOG = Logger.getLogger(OshiNetworkSnapshotSource.class.getName());
    private static final NetworkSnapshot EMPTY = new NetworkSnapshot(List.of(), List.of(), List.of());

    private final Supplier<List<NetworkIF>> interfaces;
    private final Supplier<NetworkParams> params;

    public OshiNetworkSnapshotSource() {
        this(new Lazy());
    }

    private OshiNetworkSnapshotSource(Lazy lazy) {
        this(() -> lazy.get().getHardware().getNetworkIFs(true), () -> lazy.get().getOperatingSystem().getNetworkParams());
    }

    OshiNetworkSnapshotSource(Supplier<List<NetworkIF>> interfaces, Supplier<NetworkParams> params) {
        this.interfaces = interfaces;
        this.params = params;
    }

    @Override
    public NetworkSnapshot take() {
        List<Adapter> adapters = new ArrayList<>();
        try {
            for (NetworkIF nif : interfaces.get()) {
                try {
                    Adapter a = toAdapter(nif);
                    if (a != null) {
                        adapters.add(a);
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "network adapter skipped", e);
                }
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.warning("network adapters could not be read: " + e);
            LOG.log(Level.FINE, "network adapters could not be read", e);
            return EMPTY;
        }
        List<String> suffixes = List.of();
        List<String> servers = List.of();
        try {
            NetworkParams p = params.get();
            suffixes = suffixes(p.getDomainName(), p.getHostName());
            servers = servers(p.getDnsServers());
        } catch (RuntimeException | LinkageError e) {
            LOG.warning("DNS settings could not be read: " + e);
            LOG.log(Level.FINE, "DNS settings could not be read", e);
        }
        return new NetworkSnapshot(adapters, suffixes, servers);
    }

    /** The adapter as the domain sees it; null for loopback. */
    static Adapter toAdapter(NetworkIF nif) {
        NetworkInterface ni = nif.queryNetworkInterface();
        if (isLoopback(ni)) {
            return null;
        }
        List<Address> addresses = new ArrayList<>();
        addAll(addresses, nif.getIPv4addr(), nif.getSubnetMasks());
        addAll(addresses, nif.getIPv6addr(), nif.getPrefixLengths());
        if (!addresses.isEmpty() && addresses.stream().allMatch(OshiNetworkSnapshotSource::isLoopbackAddress)) {
            return null;
        }
        return new Adapter(nz(nif.getName()), nz(nif.getDisplayName()), nz(nif.getIfAlias()), nif.getIfType(), isUp(nif, ni), addresses);
    }

    static boolean isUp(NetworkIF nif, NetworkInterface ni) {
        NetworkIF.IfOperStatus status = nif.getIfOperStatus();
        if (status == NetworkIF.IfOperStatus.UP) {
            return true;
        }
        if (status != null && status != NetworkIF.IfOperStatus.UNKNOWN) {
            return false;
        }
        try {
            return ni != null && ni.isUp();
        } catch (SocketException e) {
            return false;
        }
    }

    /**
     * The DNS suffix from OSHI's domain name: the fully qualified name minus the host's own label.
     * "pc17.ad.example.edu" gives "ad.example.edu"; a bare host name gives none.
     */
    static List<String> suffixes(String domainName, String hostName) {
        String fqdn = nz(domainName).trim().toLowerCase(Locale.ROOT);
        fqdn = fqdn.endsWith(".") ? fqdn.substring(0, fqdn.length() - 1) : fqdn;
        String host = nz(hostName).trim().toLowerCase(Locale.ROOT);
        if (!host.isEmpty() && fqdn.startsWith(host + ".")) {
            return List.of(fqdn.substring(host.length() + 1));
        }
        int dot = fqdn.indexOf('.');
        if (dot <= 0 || dot == fqdn.length() - 1 || Cidr.literal(fqdn) != null) {
            return List.of();
        }
        return List.of(fqdn.substring(dot + 1));
    }

    static List<String> servers(String[] raw) {
        List<String> out = new ArrayList<>();
        if (raw != null) {
            for (String s : raw) {
                String t = IpAddressText.compact(nz(s).trim());
                if (!t.isEmpty() && !out.contains(t)) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private static void addAll(List<Address> out, String[] addresses, Short[] prefixes) {
        if (addresses == null) {
            return;
        }
        for (int i = 0; i < addresses.length; i++) {
            if (addresses[i] == null || addresses[i].isBlank()) {
                continue;
            }
            Short p = prefixes != null && i < prefixes.length ? prefixes[i] : null;
            // -1: the platform gave no prefix length for this address.
            out.add(new Address(IpAddressText.compact(addresses[i].trim()), p == null || p < 0 ? -1 : p));
        }
    }

    private static boolean isLoopback(NetworkInterface ni) {
        try {
            return ni != null && ni.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }

    private static boolean isLoopbackAddress(Address a) {
        InetAddress ip = Cidr.literal(a.address());
        return ip != null && ip.isLoopbackAddress();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** One SystemInfo, made on first use: constructing it off Windows/Linux/macOS may throw. */
    private static final class Lazy implements Supplier<SystemInfo> {
        private volatile SystemInfo info;

        @Override
        public SystemInfo get() {
            SystemInfo i = info;
            if (i == null) {
                synchronized (this) {
                    if (info == null) {
                        info = new SystemInfo();
                    }
                    i = info;
                }
            }
            return i;
        }
    }
}
