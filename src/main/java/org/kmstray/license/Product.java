package org.kmstray.license;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * One licensed product (a SKU with an installed key) as read from WMI or from script output.
 * Every field may be null where the source did not say; nothing is filled in by guessing.
 *
 * @param channel ProductKeyChannel where known ({@code Volume:GVLK}), else the channel word of the
 *                description ({@code VOLUME_KMSCLIENT})
 * @param remainingMinutes GracePeriodRemaining: for a licensed KMS client, the rest of its 180 days
 * @param activation the outcome of an activation attempt reported alongside, or null
 */
public record Product(
        String name,
        String description,
        String skuId,
        Application application,
        boolean kmsClient,
        String channel,
        LicenseStatus status,
        Hresult statusReason,
        Long remainingMinutes,
        String partialKey,
        String kmsHost,
        Integer kmsPort,
        String discoveredKmsHost,
        Integer discoveredKmsPort,
        Integer activationIntervalMinutes,
        Integer renewalIntervalMinutes,
        ActivationResult activation) {

    public static final long MINUTES_PER_DAY = 1440;
    /** A fresh KMS activation: 180 days. */
    public static final long VALIDITY_MINUTES = 180 * MINUTES_PER_DAY;

    /** Whole days left, rounded down as ospp.vbs does; empty when the remaining time is unknown. */
    public Optional<Integer> daysLeft() {
        return remainingMinutes == null ? Optional.empty() : Optional.of((int) Math.floorDiv(remainingMinutes, MINUTES_PER_DAY));
    }

    public Optional<Instant> expiresAt(Instant readAt) {
        if (readAt == null || remainingMinutes == null || remainingMinutes <= 0) {
            return Optional.empty();
        }
        return Optional.of(readAt.plus(Duration.ofMinutes(remainingMinutes)));
    }

    /** The description's channel word, e.g. {@code VOLUME_KMSCLIENT} from "Office 19, VOLUME_KMSCLIENT channel". */
    public static String channelOfDescription(String description) {
        if (description == null) {
            return null;
        }
        String d = description.trim();
        int comma = d.lastIndexOf(',');
        String tail = comma >= 0 ? d.substring(comma + 1).trim() : d;
        if (tail.toLowerCase(Locale.ROOT).endsWith(" channel")) {
            return tail.substring(0, tail.length() - " channel".length()).trim();
        }
        return null;
    }

    /** KMS client per the documented markers: VOLUME_KMSCLIENT in the description, or the Volume:GVLK channel. */
    public static boolean isKmsClient(String description, String productKeyChannel) {
        return (description != null && description.toUpperCase(Locale.ROOT).contains("VOLUME_KMSCLIENT"))
                || (productKeyChannel != null && productKeyChannel.trim().equalsIgnoreCase("Volume:GVLK"));
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds products field by field; the parsers and the WMI mapping fill only what their source says. */
    public static final class Builder {
        private String name;
        private String description;
        private String skuId;
        private Application application;
        private Boolean kmsClient;
        private String channel;
        private String productKeyChannel;
        private LicenseStatus status;
        private Hresult statusReason;
        private Long remainingMinutes;
        private String partialKey;
        private String kmsHost;
        private Integer kmsPort;
        private String discoveredKmsHost;
        private Integer discoveredKmsPort;
        private Integer activationInterval;
        private Integer renewalInterval;
        private ActivationResult activation;

        Builder() {
        }

        Builder(Product p) {
            name = p.name;
            description = p.description;
            skuId = p.skuId;
            application = p.application;
            kmsClient = p.kmsClient;
            channel = p.channel;
            status = p.status;
            statusReason = p.statusReason;
            remainingMinutes = p.remainingMinutes;
            partialKey = p.partialKey;
            kmsHost = p.kmsHost;
            kmsPort = p.kmsPort;
            discoveredKmsHost = p.discoveredKmsHost;
            discoveredKmsPort = p.discoveredKmsPort;
            activationInterval = p.activationIntervalMinutes;
            renewalInterval = p.renewalIntervalMinutes;
            activation = p.activation;
        }

        public Builder name(String v) { name = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder skuId(String v) { skuId = v == null ? null : v.toLowerCase(Locale.ROOT); return this; }
        public Builder application(Application v) { application = v; return this; }
        public Builder kmsClient(boolean v) { kmsClient = v; return this; }
        public Builder productKeyChannel(String v) { productKeyChannel = v; return this; }
        public Builder status(LicenseStatus v) { status = v; return this; }
        public Builder statusReason(Hresult v) { statusReason = v; return this; }
        public Builder remainingMinutes(Long v) { remainingMinutes = v; return this; }
        public Builder partialKey(String v) { partialKey = v; return this; }
        public Builder kmsHost(String v) { kmsHost = v; return this; }
        public Builder kmsPort(Integer v) { kmsPort = v; return this; }
        public Builder discoveredKmsHost(String v) { discoveredKmsHost = v; return this; }
        public Builder discoveredKmsPort(Integer v) { discoveredKmsPort = v; return this; }
        public Builder activationIntervalMinutes(Integer v) { activationInterval = v; return this; }
        public Builder renewalIntervalMinutes(Integer v) { renewalInterval = v; return this; }
        public Builder activation(ActivationResult v) { activation = v; return this; }

        public Product build() {
            String ch = productKeyChannel != null && !productKeyChannel.isBlank() ? productKeyChannel.trim()
                    : channel != null ? channel : channelOfDescription(description);
            boolean kms = kmsClient != null ? kmsClient : isKmsClient(description, productKeyChannel);
            Application app = application != null ? application : Application.fromName(name).orElse(null);
            return new Product(name, description, skuId, app, kms, ch, status, statusReason, remainingMinutes,
                    partialKey, kmsHost, kmsPort, discoveredKmsHost, discoveredKmsPort, activationInterval,
                    renewalInterval, activation);
        }
    }
}
