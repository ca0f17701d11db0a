package org.kmstray.platform.windows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kmstray.renewal.ActivationPlan;
import org.kmstray.renewal.KmsEndpoint;
import org.kmstray.renewal.PlannedActivation;
import org.kmstray.renewal.SkuId;

/**
 * The arguments of one run of {@code activate.ps1}, each checked with {@link ArgumentRules} when built,
 * so that what is rendered into the command contains only letters, digits and {@code .:-} (and, for
 * the ospp.vbs path, spaces and parentheses) inside single quotes, where PowerShell expands nothing.
 *
 * @param token empty for a run whose result comes on standard output; else the GUID naming the result
 *              directory of an elevated run
 * @param userSid the SID that may read the result directory; empty exactly when {@code token} is
 */
public record ScriptArguments(String token, String userSid, List<String> skus, String kmsHost, int kmsPort,
        List<String> setHost, String osppPath) {

    public ScriptArguments {
        skus = List.copyOf(skus);
        setHost = List.copyOf(setHost);
        if (token.isEmpty() != userSid.isEmpty()) {
            throw new IllegalArgumentException("a result token goes with the SID that may read it");
        }
        if (!token.isEmpty() && (!ArgumentRules.isGuid(token) || !ArgumentRules.isSid(userSid))) {
            throw new IllegalArgumentException("token or SID refused");
        }
        if (skus.isEmpty() || skus.stream().anyMatch(s -> !ArgumentRules.isGuid(s))) {
            throw new IllegalArgumentException("SKU refused");
        }
        List<String> all = skus;
        if (setHost.stream().anyMatch(s -> !all.contains(s))) {
            throw new IllegalArgumentException("host set on a product not in the run");
        }
        if (setHost.isEmpty() ? !kmsHost.isEmpty() || kmsPort != 0 : !ArgumentRules.isHost(kmsHost) || !ArgumentRules.isPort(kmsPort)) {
            throw new IllegalArgumentException("host or port refused");
        }
        if (!osppPath.isEmpty() && !ArgumentRules.isOsppPath(osppPath)) {
            throw new IllegalArgumentException("ospp.vbs path refused");
        }
    }

    /**
     * The arguments for a plan. A run sets one KMS endpoint (ospp.vbs /sethst cannot do more), so a plan
     * naming two different ones is refused.
     */
    public static ScriptArguments of(ActivationPlan plan, String token, String userSid, Optional<String> osppPath) {
        List<KmsEndpoint> endpoints = plan.activations().stream().map(PlannedActivation::setEndpoint)
                .flatMap(Optional::stream).distinct().toList();
        if (endpoints.size() > 1) {
            throw new IllegalArgumentException("one KMS host per activation step, not " + endpoints);
        }
        List<String> set = new ArrayList<>();
        for (PlannedActivation a : plan.activations()) {
            a.setEndpoint().ifPresent(e -> set.add(a.skuId().value()));
        }
        String host = endpoints.isEmpty() ? "" : endpoints.get(0).host().value();
        int port = endpoints.isEmpty() ? 0 : endpoints.get(0).port();
        return new ScriptArguments(token, userSid, plan.skuIds().stream().map(SkuId::value).toList(), host, port, set,
                osppPath.orElse(""));
    }

    /** The parameters as PowerShell source, e.g. {@code -Sku 'a','b' -KmsHost 'kms.example.edu' -KmsPort 1688}. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        if (!token.isEmpty()) {
            sb.append(" -Token ").append(quote(token)).append(" -UserSid ").append(quote(userSid));
        }
        sb.append(" -Sku ").append(list(skus));
        if (!setHost.isEmpty()) {
            sb.append(" -KmsHost ").append(quote(kmsHost)).append(" -KmsPort ").append(kmsPort);
            sb.append(" -SetHost ").append(list(setHost));
        }
        if (!osppPath.isEmpty()) {
            sb.append(" -Ospp ").append(quote(osppPath));
        }
        return sb.toString().trim();
    }

    private static String list(List<String> values) {
        return values.stream().map(ScriptArguments::quote).collect(Collectors.joining(","));
    }

    /** Values were checked to hold no quote; this is a second guard, never a way to let one through. */
    private static String quote(String v) {
        if (v.chars().anyMatch(c -> c == '\'' || c == '"' || c == '`' || c == '$' || c > 0x7e || c < 0x20)) {
            throw new IllegalArgumentException("refusing to quote " + v);
        }
        return "'" + v + "'";
    }
}
