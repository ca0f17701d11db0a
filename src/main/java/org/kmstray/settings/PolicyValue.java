package org.kmstray.settings;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The settings an organisation may set centrally, with the names each deployment path uses for them.
 * This list is the one source of truth: the registry policy reads exactly these value names, and a test
 * checks that the MSI sources, the ADMX template and its ADML strings name the same ones.
 *
 * <p>Under {@link #REGISTRY_KEY} each value is named like its setting key ({@code kms.host}), as in the
 * organisation file; the MSI property is the name an administrator passes to {@code msiexec}.
 */
public enum PolicyValue {
    KMS_HOST(SettingKeys.KMS_HOST, "KMS_HOST"),
    KMS_PORT(SettingKeys.KMS_PORT, "KMS_PORT"),
    CAMPUS_NETWORKS(SettingKeys.CAMPUS_NETWORKS, "CAMPUS_NETS"),
    CAMPUS_DNS_SUFFIXES(SettingKeys.CAMPUS_DNS_SUFFIXES, "CAMPUS_DNS_SUFFIXES"),
    VPN_CLIENT(SettingKeys.VPN_CLIENT, "VPN_CLIENT"),
    VPN_ADAPTER_PATTERNS(SettingKeys.VPN_ADAPTER_PATTERNS, "VPN_ADAPTERS"),
    VPN_POOLS(SettingKeys.VPN_POOLS, "VPN_POOLS"),
    PROBE_TIMEOUT_MS(SettingKeys.PROBE_TIMEOUT_MS, "PROBE_TIMEOUT_MS"),
    WARN_DAYS(SettingKeys.WARN_DAYS, "WARN_DAYS"),
    REMINDER_TIERS(SettingKeys.REMINDER_TIERS, "REMINDER_TIERS"),
    CHECK_INTERVAL_HOURS(SettingKeys.CHECK_INTERVAL_HOURS, "CHECK_INTERVAL_HOURS"),
    LANGUAGE(SettingKeys.LANGUAGE, "LANGUAGE"),
    AUTOSTART(SettingKeys.AUTOSTART, "AUTOSTART");

    /** The policy key under HKEY_LOCAL_MACHINE that the MSI and Group Policy write and the app reads. */
    public static final String REGISTRY_KEY = "SOFTWARE\\Policies\\KMS Tray";

    private final Setting<?> setting;
    private final String msiProperty;

    PolicyValue(Setting<?> setting, String msiProperty) {
        this.setting = setting;
        this.msiProperty = msiProperty;
    }

    public Setting<?> setting() {
        return setting;
    }

    /** The registry value name, which is the setting key. */
    public String valueName() {
        return setting.key();
    }

    public String msiProperty() {
        return msiProperty;
    }

    /** Registry value names are case-insensitive on Windows, so the match is too. */
    public static Optional<PolicyValue> byValueName(String name) {
        return Arrays.stream(values()).filter(v -> v.valueName().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
