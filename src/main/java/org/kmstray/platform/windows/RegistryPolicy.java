package org.kmstray.platform.windows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kmstray.settings.OrganisationPolicy;
import org.kmstray.settings.PolicyValue;
import org.kmstray.settings.SettingsWarning;

/**
 * The organisation's settings from {@code HKLM\SOFTWARE\Policies\KMS Tray}, written by the MSI's
 * properties or by Group Policy (the ADMX template). Everything there is locked: a policy is what an
 * administrator enforces, and only an administrator can write that key. Value names are the setting keys
 * ({@link PolicyValue}); an unknown name is a warning, never a failure to start.
 */
public final class RegistryPolicy implements OrganisationPolicy {
    static final String DESCRIPTION = "HKLM\\" + PolicyValue.REGISTRY_KEY;

    private final Map<String, String> locked;
    private final List<SettingsWarning> warnings;

    private RegistryPolicy(Map<String, String> locked, List<SettingsWarning> warnings) {
        this.locked = Map.copyOf(locked);
        this.warnings = List.copyOf(warnings);
    }

    /** Reads the policy key once, in the native (64-bit) view where a 64-bit MSI and Group Policy write. */
    public static RegistryPolicy read(RegistryReader registry) {
        Map<String, String> locked = new LinkedHashMap<>();
        List<SettingsWarning> warnings = new ArrayList<>();
        registry.localMachineValues(PolicyValue.REGISTRY_KEY, RegistryView.NATIVE_64).forEach((name, value) -> {
            Optional<PolicyValue> known = PolicyValue.byValueName(name);
            if (known.isPresent()) {
                locked.put(known.get().valueName(), value);
            } else if (!name.isEmpty()) {
                // The unnamed default value of a key is no setting; anything else is a typo worth reporting.
                warnings.add(new SettingsWarning(name, value, DESCRIPTION, "settings.key.unknown", new Object[] {name, DESCRIPTION}));
            }
        });
        return new RegistryPolicy(locked, warnings);
    }

    @Override
    public Map<String, String> defaults() {
        return Map.of();
    }

    @Override
    public Map<String, String> locked() {
        return locked;
    }

    @Override
    public List<SettingsWarning> warnings() {
        return warnings;
    }

    @Override
    public String describe() {
        return DESCRIPTION;
    }
}
