package org.kmstray.settings;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Organisation settings from a properties file (UTF-8, or as Notepad saves it: {@link SettingsFileText}):
 * {@code kms.host=...} is a default the user may change, {@code locked.kms.host=...} a value the user may not.
 * A missing file beside the app means no policy; an unreadable file or an unknown key is a warning, never a
 * failure to start.
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
        return load(file, SettingsFileText.systemAnsi());
    }

    /** As {@link #load(Path)}, with the ANSI code page a file not in UTF-8 is read in. */
    static PropertiesFilePolicy load(Path file, Charset ansi) {
        PropertiesFilePolicy p = new PropertiesFilePolicy(file.toString());
        if (!Files.exists(file)) {
            return p;
        }
        Properties props = new Properties();
        SettingsFileText.Decoded text;
        try {
            text = SettingsFileText.decode(Files.readAllBytes(file), ansi);
            props.load(new StringReader(text.text()));
        } catch (IOException | IllegalArgumentException e) {
            p.warnings.add(new SettingsWarning("", "", file.toString(), "settings.file.unreadable",
                    new Object[] {file.toString(), String.valueOf(e.getMessage())}));
            return p;
        }
        p.accept(props, file.toString(), text.lossy());
        return p;
    }

    /**
     * A file the user named (e.g. with {@code --config}): unlike the file beside the app, it must exist and
     * be a settings file, because running with other settings than the ones asked for would mislead.
     *
     * @throws InvalidValueException {@code settings.file.missing}, {@code settings.file.folder},
     *     {@code settings.file.cannotRead} or {@code settings.file.notProperties}, each with the path first
     */
    public static PropertiesFilePolicy loadNamed(Path file) throws InvalidValueException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new InvalidValueException("settings.file.folder", name);
        }
        if (!Files.exists(file)) {
            throw new InvalidValueException("settings.file.missing", name);
        }
        SettingsFileText.Decoded text;
        try {
            text = SettingsFileText.decode(Files.readAllBytes(file), SettingsFileText.systemAnsi());
        } catch (IOException e) {
            throw new InvalidValueException("settings.file.cannotRead", name, String.valueOf(e.getMessage()));
        }
        Properties props = new Properties();
        try {
            props.load(new StringReader(text.text()));
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidValueException("settings.file.notProperties", name);
        }
        if (hasControlCharacters(text.text())
                || !props.isEmpty() && props.stringPropertyNames().stream().noneMatch(PropertiesFilePolicy::isSettingName)) {
            throw new InvalidValueException("settings.file.notProperties", name);
        }
        PropertiesFilePolicy p = new PropertiesFilePolicy(name);
        p.accept(props, name, text.lossy());
        return p;
    }

    /**
     * A file the user named, where stopping is not an option (the tray app): what {@link #loadNamed} would
     * refuse becomes a warning about the whole file, and no policy.
     */
    public static PropertiesFilePolicy loadGiven(Path file) {
        try {
            return loadNamed(file);
        } catch (InvalidValueException e) {
            PropertiesFilePolicy p = new PropertiesFilePolicy(file.toString());
            p.warnings.add(new SettingsWarning("", "", file.toString(), e.messageKey(), e.args()));
            return p;
        }
    }

    /** Text files hold no control characters but line ends, tabs and form feeds; binary files do. */
    private static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f');
    }

    private static boolean isSettingName(String name) {
        String key = name.startsWith(LOCKED_PREFIX) ? name.substring(LOCKED_PREFIX.length()) : name;
        return SettingKeys.byKey(key).isPresent();
    }

    public static PropertiesFilePolicy of(Properties props, String description) {
        PropertiesFilePolicy p = new PropertiesFilePolicy(description);
        p.accept(props, description, false);
        return p;
    }

    /** @param lossy some bytes of the file could not be decoded: entries holding them are left out, with a warning */
    private void accept(Properties props, String source, boolean lossy) {
        if (lossy) {
            warnings.add(new SettingsWarning("", "", source, "settings.file.encoding", new Object[] {source}));
        }
        for (String name : props.stringPropertyNames().stream().sorted().toList()) {
            String value = props.getProperty(name);
            if (name.indexOf(SettingsFileText.UNREADABLE) >= 0 || value.indexOf(SettingsFileText.UNREADABLE) >= 0) {
                continue;
            }
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
