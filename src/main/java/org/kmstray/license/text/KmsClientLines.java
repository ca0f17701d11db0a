package org.kmstray.license.text;

/** The KMS client lines both scripts print under a product (host, discovered host, intervals). */
final class KmsClientLines {
    private KmsClientLines() {
    }

    /** Records {@code match} into {@code facts} if it is a KMS client line; tells whether it was. */
    static boolean read(KnownLine.Match match, ProductFacts facts) {
        String v = match.value();
        switch (match.line()) {
            case REGISTRY_OVERRIDE, REGISTERED_KMS_NAME -> facts.kmsHost(HostAndPort.parse(v));
            case KMS_FROM_DNS -> facts.discoveredKmsHost(HostAndPort.parse(v));
            case ACTIVATION_INTERVAL -> facts.activationIntervalMinutes = Numbers.leadingInt(v);
            case RENEWAL_INTERVAL -> facts.renewalIntervalMinutes = Numbers.leadingInt(v);
            // "DNS auto-discovery: KMS name not available": nothing discovered, which null already says.
            case DNS_AUTO_DISCOVERY -> { }
            default -> {
                return false;
            }
        }
        return true;
    }
}
