package org.kmstray.license.text;

import org.kmstray.license.ActivationResult;
import org.kmstray.license.Application;
import org.kmstray.license.Hresult;
import org.kmstray.license.LicenseStatus;
import org.kmstray.license.Product;

/**
 * A product as a test expects it, every field spelled out (the canonical constructor is used, so derived
 * fields such as the channel and the KMS client flag are asserted, not recomputed). Unset fields are null.
 */
final class ExpectedProduct {
    private String name;
    private String description;
    private String skuId;
    private Application application;
    private boolean kmsClient;
    private String channel;
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

    static ExpectedProduct product() {
        return new ExpectedProduct();
    }

    ExpectedProduct name(String v) { name = v; return this; }
    ExpectedProduct description(String v) { description = v; return this; }
    ExpectedProduct sku(String v) { skuId = v; return this; }
    ExpectedProduct application(Application v) { application = v; return this; }
    ExpectedProduct kmsClient() { kmsClient = true; return this; }
    ExpectedProduct channel(String v) { channel = v; return this; }
    ExpectedProduct status(LicenseStatus v) { status = v; return this; }
    ExpectedProduct reason(int hresult) { statusReason = new Hresult(hresult); return this; }
    ExpectedProduct minutes(long v) { remainingMinutes = v; return this; }
    ExpectedProduct key(String v) { partialKey = v; return this; }
    ExpectedProduct kmsHost(String host, Integer port) { kmsHost = host; kmsPort = port; return this; }
    ExpectedProduct discovered(String host, Integer port) { discoveredKmsHost = host; discoveredKmsPort = port; return this; }
    ExpectedProduct intervals(int activation, int renewal) { activationInterval = activation; renewalInterval = renewal; return this; }
    ExpectedProduct activated() { activation = ActivationResult.success(); return this; }
    ExpectedProduct activationFailed(int hresult) { activation = ActivationResult.failure(new Hresult(hresult)); return this; }
    ExpectedProduct activationFailedWithoutCode() { activation = ActivationResult.failure(null); return this; }

    Product build() {
        return new Product(name, description, skuId, application, kmsClient, channel, status, statusReason,
                remainingMinutes, partialKey, kmsHost, kmsPort, discoveredKmsHost, discoveredKmsPort,
                activationInterval, renewalInterval, activation);
    }
}
