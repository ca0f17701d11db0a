package org.kmstray.network;

import java.util.List;

/** The PC's network adapters and DNS configuration at one moment; cheap to take and to compare. */
public record NetworkSnapshot(List<Adapter> adapters, List<String> dnsSuffixes, List<String> dnsServers) {
    public NetworkSnapshot {
        adapters = List.copyOf(adapters);
        dnsSuffixes = List.copyOf(dnsSuffixes);
        dnsServers = List.copyOf(dnsServers);
    }

    /**
     * One adapter. {@code ifType} is the IANA ifType on Windows (6 Ethernet, 23 PPP, 53 virtual, 71 Wi-Fi,
     * 131 tunnel); on other systems it is whatever the OS reports and must not be relied on.
     */
    public record Adapter(String name, String description, String alias, int ifType, boolean up, List<Address> addresses) {
        public Adapter {
            addresses = List.copyOf(addresses);
        }
    }

    /** An address in text form (no zone) with its prefix length. */
    public record Address(String address, int prefixLength) {
    }
}
