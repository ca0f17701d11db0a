package org.kmstray.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kmstray.network.Evidence;
import org.kmstray.network.LocationClassifier;
import org.kmstray.network.LocationReport;
import org.kmstray.network.LocationReportText;
import org.kmstray.network.NetworkSnapshot;
import org.kmstray.network.NetworkSnapshot.Adapter;
import org.kmstray.network.NetworkSnapshot.Address;
import org.kmstray.settings.IpAddressText;
import org.kmstray.settings.SettingKeys;
import org.kmstray.settings.Settings;

/**
 * {@code network}: where this PC is (on campus, on the VPN, off campus, unknown), why, and the adapters
 * it saw. Exit code 0 whatever the location, 3 when the command line is wrong.
 */
public final class NetworkCommand implements Command {
    @Override
    public String name() {
        return "network";
    }

    @Override
    public String summaryKey() {
        return "cli.network";
    }

    @Override
    public int run(CliContext ctx, List<String> words) throws UsageException {
        Arguments a = Arguments.parse(words, Set.of("--json"), Set.of("--config"));
        a.requireAtMostPositional(0);
        Settings settings = ConfigOption.settings(ctx, a);
        SettingsWarningsText.print(ctx, settings, Set.of(SettingKeys.CAMPUS_NETWORKS.key(), SettingKeys.CAMPUS_DNS_SUFFIXES.key(),
                SettingKeys.VPN_ADAPTER_PATTERNS.key(), SettingKeys.VPN_POOLS.key()));
        NetworkSnapshot snapshot = ctx.environment().networkSnapshots().take();
        LocationReport report = LocationClassifier.classify(snapshot, settings);
        if (a.flag("--json")) {
            ctx.out().println(Json.write(json(snapshot, report, ctx)));
        } else {
            text(snapshot, report, ctx);
        }
        return 0;
    }

    private static Map<String, Object> json(NetworkSnapshot snapshot, LocationReport report, CliContext ctx) {
        Map<String, Object> root = Json.object();
        root.put("location", report.location().name());
        List<Object> evidence = new ArrayList<>();
        for (Evidence e : report.evidence()) {
            Map<String, Object> item = Json.object();
            item.put("key", e.messageKey());
            item.put("args", List.copyOf(e.args()));
            item.put("text", LocationReportText.evidence(e, ctx.messages()));
            evidence.add(item);
        }
        root.put("evidence", evidence);
        List<Object> adapters = new ArrayList<>();
        for (Adapter ad : snapshot.adapters()) {
            Map<String, Object> item = Json.object();
            item.put("name", displayName(ad));
            item.put("description", ad.description());
            item.put("up", ad.up());
            item.put("addresses", ad.addresses().stream().map(NetworkCommand::cidr).toList());
            adapters.add(item);
        }
        root.put("adapters", adapters);
        return root;
    }

    private static void text(NetworkSnapshot snapshot, LocationReport report, CliContext ctx) {
        var m = ctx.messages();
        var out = ctx.out();
        out.println(m.get("cli.network.location", LocationReportText.location(report.location(), m)));
        for (String line : LocationReportText.evidence(report, m)) {
            out.println(m.get("cli.network.evidenceLine", line));
        }
        out.println();
        out.println(m.get("cli.network.adapters"));
        int hidden = 0;
        for (Adapter ad : snapshot.adapters()) {
            // Windows lists dozens of address-less pseudo adapters (WAN Miniports, filter drivers).
            if (ad.addresses().isEmpty()) {
                hidden++;
                continue;
            }
            String addresses = String.join(", ", ad.addresses().stream().map(NetworkCommand::cidr).toList());
            out.println(m.get(ad.up() ? "cli.network.adapterUp" : "cli.network.adapterDown", displayName(ad), ad.description(), addresses));
        }
        if (hidden > 0) {
            out.println(m.get("cli.network.adaptersWithoutAddress", hidden));
        }
        if (!snapshot.dnsSuffixes().isEmpty()) {
            out.println(m.get("cli.network.dnsSuffixes", String.join(", ", snapshot.dnsSuffixes())));
        }
        if (!snapshot.dnsServers().isEmpty()) {
            out.println(m.get("cli.network.dnsServers", String.join(", ", snapshot.dnsServers().stream().map(IpAddressText::compact).toList())));
        }
    }

    /** The name people see in Windows' network settings ("Ethernet 2"), else the system's own. */
    private static String displayName(Adapter a) {
        return a.alias() != null && !a.alias().isBlank() ? a.alias() : a.name();
    }

    private static String cidr(Address a) {
        String address = IpAddressText.compact(a.address());
        return a.prefixLength() < 0 ? address : address + "/" + a.prefixLength();
    }
}
