package org.kmstray.settings;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Organisation settings from a properties file (UTF-8): {@code kms.host=...} is a default the user may
 * change, {@code locked.kms.host=...} a value the user may not. A missing file means no policy; an
 * unreadable file or an unknown key is a warning, never a failure to start.
 */
public final class PropertiesFilePolicy implements OrganisationPolicy {
    static final String LOCKED_PREFIX = "locked.";

    private final Map<String, String> defaults = new LinkedHashMap<>();
    private final Map<String, String> locked = new LinkedHashMap<>();
    private final List<SettingsWarning> warnings = new ArrayList<>();
    private final String description;

    private PropertiesFilePolicy(String description) {
        this.description = description;
    }

    public static PropertiesFilePolicy load(Path file) {
        PropertiesFilePolicy p = new PropertiesFilePolicy(file.toString());
        if (!Files.exists(file)) {
            return p;
        }
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(r);
        } catch (IOException | IllegalArgumentException e) {
            p.warnings.add(new SettingsWarning("", "", file.toString(), "settings.file.unreadable",
                    new Object[] {file.toString(), String.valueOf(e.getMessage())}));
            return p;
        }
        p.accept(props, file.toString());
        return p;
    }

    public static PropertiesFilePolicy of(Properties props, String description) {
        PropertiesFilePolicy p = new PropertiesFilePolicy(description);
        p.accept(props, description);
        return p;
    }

    private void accept(Properties props, String source) {
        for (String name : props.stringPropertyNames().stream().sorted().toList()) {
            String value = props.getProperty(name);
            boolean isLocked = name.startsWith(LOCKED_PREFIX);
            String key = isLocked ? name.substring(LOCKED_PREFIX.length()) : name;
            if (SettingKeys.byKey(key).isEmpty()) {
                warnings.add(new SettingsWarning(key, value, source, "settings.key.unknown", new Object[] {name, source}));
                continue;
            }
            (isLocked ? locked : defaults).put(key, value);
        }
    }

    @Override
    public Map<String, String> defaults() {
        return Map.copyOf(defaults);
    }

    @Override
    public Map<String, String> locked() {
        return Map.copyOf(locked);
    }

    @Override
    public List<SettingsWarning> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public String describe() {
        return description;
    }
}
