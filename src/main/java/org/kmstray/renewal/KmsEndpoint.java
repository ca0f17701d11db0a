package org.kmstray.renewal;

import org.kmstray.settings.HostName;

/** A KMS host to set on a product, with its TCP port (1–65535). */
public record KmsEndpoint(HostName host, int port) {
    public static final int DEFAULT_PORT = 1688;

    public KmsEndpoint {
        if (host == null) {
            throw new IllegalArgumentException("no host");
        }
        checkPort(port);
    }

    static void checkPort(int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port outside 1-65535: " + port);
        }
    }

    /** {@code host:port}, IPv6 in brackets. */
    @Override
    public String toString() {
        return host.bracketed() + ":" + port;
    }
}
