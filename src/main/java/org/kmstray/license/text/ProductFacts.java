package org.kmstray.license.text;

import org.kmstray.license.ActivationResult;
import org.kmstray.license.Application;
import org.kmstray.license.Hresult;
import org.kmstray.license.LicenseStatus;
import org.kmstray.license.Product;

/**
 * What one block of script output says about one product. Fields stay null where the block did not say;
 * a later block about the same product fills in or replaces what an earlier one said.
 */
final class ProductFacts {
    String name;
    String description;
    String skuId;
    Application application;
    String productKeyChannel;
    LicenseStatus status;
    Hresult statusReason;
    Long remainingMinutes;
    String partialKey;
    String kmsHost;
    Integer kmsPort;
    String discoveredKmsHost;
    Integer discoveredKmsPort;
    Integer activationIntervalMinutes;
    Integer renewalIntervalMinutes;
    ActivationResult activation;
    /** slmgr /xpr's "Volume activation will expire": only a KMS-activated license has such an expiry. */
    boolean volumeActivationExpires;

    /** Whether anything names the product, so that other blocks about it can be matched. */
    boolean isIdentified() {
        return skuId != null || partialKey != null || name != null;
    }

    boolean saysAnything() {
        return isIdentified() || description != null || status != null || activation != null;
    }

    /** Takes over everything {@code later} says: later output shows the later state. */
    void absorb(ProductFacts later) {
        name = later.name != null ? later.name : name;
        description = later.description != null ? later.description : description;
        skuId = later.skuId != null ? later.skuId : skuId;
        application = later.application != null ? later.application : application;
        productKeyChannel = later.productKeyChannel != null ? later.productKeyChannel : productKeyChannel;
        status = later.status != null ? later.status : status;
        statusReason = later.statusReason != null ? later.statusReason : statusReason;
        remainingMinutes = later.remainingMinutes != null ? later.remainingMinutes : remainingMinutes;
        partialKey = later.partialKey != null ? later.partialKey : partialKey;
        kmsHost = later.kmsHost != null ? later.kmsHost : kmsHost;
        kmsPort = later.kmsPort != null ? later.kmsPort : kmsPort;
        discoveredKmsHost = later.discoveredKmsHost != null ? later.discoveredKmsHost : discoveredKmsHost;
        discoveredKmsPort = later.discoveredKmsPort != null ? later.discoveredKmsPort : discoveredKmsPort;
        activationIntervalMinutes = later.activationIntervalMinutes != null
                ? later.activationIntervalMinutes : activationIntervalMinutes;
        renewalIntervalMinutes = later.renewalIntervalMinutes != null ? later.renewalIntervalMinutes : renewalIntervalMinutes;
        activation = later.activation != null ? later.activation : activation;
        volumeActivationExpires |= later.volumeActivationExpires;
    }

    void kmsHost(HostAndPort endpoint) {
        if (endpoint != null) {
            kmsHost = endpoint.host();
            kmsPort = endpoint.port();
        }
    }

    void discoveredKmsHost(HostAndPort endpoint) {
        if (endpoint != null) {
            discoveredKmsHost = endpoint.host();
            discoveredKmsPort = endpoint.port();
        }
    }

    Product toProduct() {
        Product.Builder b = Product.builder()
                .name(name)
                .description(description)
                .skuId(skuId)
                .productKeyChannel(productKeyChannel)
                .status(status)
                .statusReason(statusReason)
                .remainingMinutes(remainingMinutes)
                .partialKey(partialKey)
                .kmsHost(kmsHost)
                .kmsPort(kmsPort)
                .discoveredKmsHost(discoveredKmsHost)
                .discoveredKmsPort(discoveredKmsPort)
                .activationIntervalMinutes(activationIntervalMinutes)
                .renewalIntervalMinutes(renewalIntervalMinutes)
                .activation(activation);
        if (application != null) {
            b.application(application);
        }
        // The description or channel decides when known; only without them does the expiry wording tell.
        if (description == null && productKeyChannel == null && volumeActivationExpires) {
            b.kmsClient(true);
        }
        return b.build();
    }
}
