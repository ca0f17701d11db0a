package org.kmstray.ui.settings;

import java.util.List;
import java.util.Map;
import org.kmstray.settings.OrganisationPolicy;
import org.kmstray.settings.SettingsWarning;

/** Organisation policies for tests. */
final class Policies {
    private Policies() {
    }

    static OrganisationPolicy of(Map<String, String> defaults, Map<String, String> locked, List<SettingsWarning> warnings) {
        return new OrganisationPolicy() {
            @Override
            public Map<String, String> defaults() {
                return defaults;
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
                return "kms-tray.properties";
            }
        };
    }
}
