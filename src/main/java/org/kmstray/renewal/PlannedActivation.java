package org.kmstray.renewal;

import java.util.Optional;

/**
 * One product to activate; {@code setEndpoint} is present when its KMS host and port must be set first
 * (SetKeyManagementServiceMachine / SetKeyManagementServicePort, as {@code ospp.vbs /sethst} and {@code /setprt}).
 *
 * @param name the license name, for messages only; it never reaches the activation step
 */
public record PlannedActivation(SkuId skuId, String name, Optional<KmsEndpoint> setEndpoint) {
    public PlannedActivation {
        if (skuId == null) {
            throw new IllegalArgumentException("no SKU");
        }
        setEndpoint = setEndpoint == null ? Optional.empty() : setEndpoint;
    }
}
