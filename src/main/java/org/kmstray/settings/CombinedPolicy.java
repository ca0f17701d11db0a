package org.kmstray.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Several organisation sources as one policy, the first source winning for each setting. The app
 * combines the Windows policy key (every value locked) over the organisation file, which gives the one
 * precedence rule documented in the README and the admin guide:
 *
 * <ol>
 *   <li>registry policy ({@code HKLM\SOFTWARE\Policies\KMS Tray}, from the MSI or Group Policy): locked</li>
 *   <li>organisation file, {@code locked.key=}: locked</li>
 *   <li>the user's own choice</li>
 *   <li>organisation file, {@code key=}: default</li>
 *   <li>built-in</li>
 * </ol>
 *
 * <p>A value that does not parse is skipped with a warning and the next source applies, so a typo in the
 * registry falls back to the organisation file's locked value rather than to the user's choice.
 */
public final class CombinedPolicy implements OrganisationPolicy {
    private final List<OrganisationPolicy> sources;
    private final Map<String, String> locked;
    private final Map<String, String> defaults;
    private final List<SettingsWarning> warnings = new ArrayList<>();

    /** @param sources highest precedence first */
    public CombinedPolicy(List<OrganisationPolicy> sources) {
        this.sources = List.copyOf(sources);
        for (OrganisationPolicy s : this.sources) {
            warnings.addAll(s.warnings());
        }
        this.locked = firstUsable(OrganisationPolicy::locked, "organisation.locked");
        this.defaults = firstUsable(OrganisationPolicy::defaults, "organisation.default");
    }

    public static CombinedPolicy of(OrganisationPolicy... sources) {
        return new CombinedPolicy(List.of(sources));
    }

    private Map<String, String> firstUsable(Function<OrganisationPolicy, Map<String, String>> values, String kind) {
        Map<String, String> out = new LinkedHashMap<>();
        for (OrganisationPolicy source : sources) {
            for (Map.Entry<String, String> e : values.apply(source).entrySet()) {
                if (out.containsKey(e.getKey())) {
                    continue;
                }
                Optional<Setting<?>> setting = SettingKeys.byKey(e.getKey());
                if (setting.isEmpty()) {
                    continue;
                }
                try {
                    setting.get().parse(e.getValue());
                    out.put(e.getKey(), e.getValue());
                } catch (InvalidValueException ex) {
                    warnings.add(new SettingsWarning(e.getKey(), e.getValue(), kind + " (" + source.describe() + ")",
                            ex.messageKey(), ex.args()));
                }
            }
        }
        return Map.copyOf(out);
    }

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
        return List.copyOf(warnings);
    }

    @Override
    public String describe() {
        return sources.stream().map(OrganisationPolicy::describe).filter(d -> !d.isEmpty()).collect(Collectors.joining("; "));
    }
}
