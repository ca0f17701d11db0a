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
        return OrganisationPolicy.of(defaults, locked, warnings, "kms-tray.properties");
    }
}
