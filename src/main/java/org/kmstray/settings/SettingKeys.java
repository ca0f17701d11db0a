package org.kmstray.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The catalogue of settings. Keys are documented in the README; the organisation file, the Windows
 * policy key and the ADMX template use the same names.
 */
public final class SettingKeys {
    private SettingKeys() {
    }

    /** KMS host; empty means DNS auto-discovery through {@code _vlmcs._tcp}. */
    public static final Setting<Optional<HostName>> KMS_HOST = new Setting<>("kms.host", Optional.empty(),
            t -> t.isEmpty() ? Optional.empty() : Optional.of(HostName.parse(t)), o -> o.map(HostName::value).orElse(""));

    public static final Setting<Integer> KMS_PORT = intRange("kms.port", 1688, 1, 65535);

    public static final Setting<List<Cidr>> CAMPUS_NETWORKS = list("campus.networks", List.of(), Cidr::parse, Cidr::text);

    public static final Setting<List<String>> CAMPUS_DNS_SUFFIXES = list("campus.dns.suffixes", List.of(),
            SettingKeys::dnsSuffix, Function.identity());

    /**
     * Case-insensitive substrings matched against adapter name, description and alias.
     *
     * <p>Adapter descriptions these defaults are meant to catch, as seen in public captures and scripts
     * on GitHub (found by exact-string code search):
     * "Fortinet SSL VPN Virtual Ethernet Adapter" and "Fortinet Virtual Ethernet Adapter (NDIS 6.30)"
     * (FortiClient; a FortiGate L2TP-over-IPsec guide's {@code route print} interface list);
     * "Cisco AnyConnect Secure Mobility Client Virtual Miniport Adapter for Windows x64" (AnyConnect and
     * Secure Client 5; matched as "Cisco AnyConnect" on InterfaceDescription in mrkoz/wsl2-hacks
     * scripts/vpnUpdateMetric.ps1); "PANGP Virtual Ethernet Adapter" / "... Secure" (GlobalProtect;
     * deanmcniven/wsl2-vpn-support README matches "PANGP" on InterfaceDescription);
     * "Juniper Networks Virtual Adapter" (Pulse Secure / Ivanti; ocroz/wsl2-boot
     * windows/isVpnConnected.ps1 matches "Juniper"); "TAP-Windows Adapter V9" (OpenVPN;
     * saltstack-formulas/openvpn-formula openvpn/files/tap-adapter.ps1), "OpenVPN Data Channel Offload";
     * "WireGuard Tunnel" and "Wintun Userspace Tunnel" (tailscale/tailscale tsconst/interface.go).
     *
     * <p>Windows' own VPNs (PPTP, L2TP, SSTP, IKEv2) show up as a PPP interface whose description and
     * alias are the connection's name (the same guide's {@code ipconfig /all}: "PPP adapter
     * L2TP_Over_IPSEC ... Description: L2TP_Over_IPSEC"); the "WAN Miniport (...)" devices never carry an
     * address, and "PPP adapter" is only ipconfig's heading. So "VPN" catches such connections when their
     * name says so (the classic connection wizard proposes "VPN Connection"); otherwise {@code vpn.pools} recognises them.
     */
    public static final Setting<List<String>> VPN_ADAPTER_PATTERNS = list("vpn.adapter.patterns", List.of(
            "Fortinet", "FortiClient", "Cisco AnyConnect", "Cisco Secure Client", "PANGP", "GlobalProtect",
            "Juniper", "Pulse Secure", "Ivanti", "TAP-Windows", "OpenVPN", "WireGuard", "Wintun", "VPN"),
            SettingKeys::pattern, Function.identity());

    public static final Setting<List<Cidr>> VPN_POOLS = list("vpn.pools", List.of(), Cidr::parse, Cidr::text);

    /** A program path or an http(s) URL that starts the campus VPN client; empty when none is configured. */
    public static final Setting<String> VPN_CLIENT = new Setting<>("vpn.client", "", SettingKeys::vpnClient, Function.identity());

    /**
     * What a VPN client may be besides a web address: a program or a shortcut to one, started without a shell.
     * Scripts and installers (.bat, .cmd, .vbs, .msi …) are refused, since "open" would run them.
     */
    public static final List<String> VPN_CLIENT_TYPES = List.of(".exe", ".lnk", ".appref-ms");

    public static final Setting<Integer> PROBE_TIMEOUT_MS = intRange("probe.timeout.ms", 3000, 200, 30000);

    public static final Setting<Integer> WARN_DAYS = intRange("warn.days", 30, 1, 179);

    public static final Setting<List<Integer>> REMINDER_TIERS = list("reminder.tiers", List.of(30, 14, 7, 3, 1),
            t -> parseInt(t, 1, 179), String::valueOf);

    public static final Setting<Integer> CHECK_INTERVAL_HOURS = intRange("check.interval.hours", 6, 1, 168);

    /** {@code auto} follows the operating system's display language. */
    public static final Setting<String> LANGUAGE = new Setting<>("language", "auto", SettingKeys::language, Function.identity());

    public static final Setting<Boolean> AUTOSTART = new Setting<>("autostart", true, SettingKeys::bool, String::valueOf);

    /** The day a reminder tier was last shown, kept so restarts do not repeat it (internal, not in the dialog). */
    public static final Setting<String> REMINDER_STATE = new Setting<>("reminder.state", "", t -> t, Function.identity());

    public static final List<Setting<?>> ALL = List.of(KMS_HOST, KMS_PORT, CAMPUS_NETWORKS, CAMPUS_DNS_SUFFIXES,
            VPN_ADAPTER_PATTERNS, VPN_POOLS, VPN_CLIENT, PROBE_TIMEOUT_MS, WARN_DAYS, REMINDER_TIERS,
            CHECK_INTERVAL_HOURS, LANGUAGE, AUTOSTART, REMINDER_STATE);

    public static Optional<Setting<?>> byKey(String key) {
        return ALL.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    static Setting<Integer> intRange(String key, int builtIn, int min, int max) {
        return new Setting<>(key, builtIn, t -> parseInt(t, min, max), String::valueOf);
    }

    static int parseInt(String t, int min, int max) throws InvalidValueException {
        if (!t.matches("\\d{1,9}")) {
            throw new InvalidValueException("value.number.invalid", t, min, max);
        }
        int v = Integer.parseInt(t);
        if (v < min || v > max) {
            throw new InvalidValueException("value.number.range", t, min, max);
        }
        return v;
    }

    /** Lists are comma-, semicolon- or newline-separated; blanks are dropped. */
    static <E> Setting<List<E>> list(String key, List<E> builtIn, Setting.Parser<E> item, Function<E, String> fmt) {
        return new Setting<>(key, builtIn, t -> {
            List<E> out = new ArrayList<>();
            for (String part : t.split("[,;\\r\\n]+")) {
                String p = part.trim();
                if (!p.isEmpty()) {
                    out.add(item.parse(p));
                }
            }
            return List.copyOf(out);
        }, l -> String.join(",", l.stream().map(fmt).toList()));
    }

    private static String dnsSuffix(String t) throws InvalidValueException {
        return HostName.parse(t.startsWith(".") ? t.substring(1) : t).value().toLowerCase(Locale.ROOT);
    }

    private static String pattern(String t) throws InvalidValueException {
        if (t.length() > 100 || t.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("value.pattern.invalid", t);
        }
        return t;
    }

    private static String vpnClient(String t) throws InvalidValueException {
        if (t.isEmpty()) {
            return t;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        boolean url = lower.startsWith("https://") || lower.startsWith("http://");
        boolean program = t.length() > 3 && (t.matches("(?i)[a-z]:\\\\.*") || t.startsWith("/")) && !t.contains("\"")
                && VPN_CLIENT_TYPES.stream().anyMatch(lower::endsWith);
        if ((!url && !program) || t.length() > 1024 || t.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("value.vpnClient.invalid", t);
        }
        return t;
    }

    private static String language(String t) throws InvalidValueException {
        String l = t.isEmpty() ? "auto" : t;
        if (l.equalsIgnoreCase("auto")) {
            return "auto";
        }
        return org.kmstray.i18n.Language.fromTag(l).map(org.kmstray.i18n.Language::tag)
                .orElseThrow(() -> new InvalidValueException("value.language.invalid", t));
    }

    private static Boolean bool(String t) throws InvalidValueException {
        if (Arrays.asList("true", "1", "yes", "on").contains(t.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (Arrays.asList("false", "0", "no", "off").contains(t.toLowerCase(Locale.ROOT))) {
            return false;
        }
        throw new InvalidValueException("value.boolean.invalid", t);
    }
}
