package org.kmstray.network;

/** One DNS SRV record (RFC 2782), target without its trailing dot. */
public record SrvRecord(int priority, int weight, int port, String target) {
}
