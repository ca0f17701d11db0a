package org.kmstray.ui.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kmstray.i18n.Messages;
import org.kmstray.settings.InvalidValueException;
import org.kmstray.settings.Origin;
import org.kmstray.settings.Resolved;
import org.kmstray.settings.Setting;
import org.kmstray.settings.SettingKeys;
import org.kmstray.settings.Settings;
import org.kmstray.settings.SettingsWarning;

/**
 * The settings dialog without Swing: which settings a user may edit and how each is shown as text,
 * checks through each setting's own parser, and which edits are real changes to store. A value the
 * user did not change is never written, so an organisation default stays a default.
 */
public final class SettingsForm {
    /** How a setting is edited. */
    public enum Kind {
        /** One line. */
        TEXT,
        /** A whole number in one short line. */
        NUMBER,
        /** One item per line. */
        LINES,
        /** One of the languages, or automatic. */
        LANGUAGE,
        /** On or off. */
        FLAG
    }

    /** Every setting the dialog shows, in the order of its pages. */
    public static final List<Setting<?>> EDITABLE = List.of(SettingKeys.LANGUAGE, SettingKeys.AUTOSTART,
            SettingKeys.WARN_DAYS, SettingKeys.REMINDER_TIERS, SettingKeys.CHECK_INTERVAL_HOURS,
            SettingKeys.KMS_HOST, SettingKeys.KMS_PORT, SettingKeys.PROBE_TIMEOUT_MS,
            SettingKeys.CAMPUS_NETWORKS, SettingKeys.CAMPUS_DNS_SUFFIXES, SettingKeys.VPN_POOLS,
            SettingKeys.VPN_ADAPTER_PATTERNS, SettingKeys.VPN_CLIENT);

    private final Settings settings;
    private final Messages m;
    private final Map<Setting<?>, String> initial = new LinkedHashMap<>();
    private final Map<Setting<?>, Origin> origins = new LinkedHashMap<>();
    private final List<SettingsWarning> warnings;

    /**
     * Reads every value the dialog shows, once: the stored settings may sit in the registry, so make the
     * form off the Swing event thread. After that only {@link #save} reads or writes the settings.
     */
    public SettingsForm(Settings settings, Messages m) {
        this.settings = Objects.requireNonNull(settings);
        this.m = Objects.requireNonNull(m);
        for (Setting<?> s : EDITABLE) {
            initial.put(s, display(s, settings));
            origins.put(s, settings.resolve(s).origin());
        }
        this.warnings = List.copyOf(settings.warnings());
    }

    public static Kind kind(Setting<?> s) {
        if (s == SettingKeys.LANGUAGE) {
            return Kind.LANGUAGE;
        }
        if (s == SettingKeys.AUTOSTART) {
            return Kind.FLAG;
        }
        if (s == SettingKeys.KMS_PORT || s == SettingKeys.PROBE_TIMEOUT_MS || s == SettingKeys.WARN_DAYS
                || s == SettingKeys.CHECK_INTERVAL_HOURS) {
            return Kind.NUMBER;
        }
        if (s == SettingKeys.CAMPUS_NETWORKS || s == SettingKeys.CAMPUS_DNS_SUFFIXES || s == SettingKeys.VPN_POOLS
                || s == SettingKeys.VPN_ADAPTER_PATTERNS) {
            return Kind.LINES;
        }
        return Kind.TEXT;
    }

    /** The effective value as the field shows it at first. */
    public String initialText(Setting<?> s) {
        return initial.get(s);
    }

    public boolean isLocked(Setting<?> s) {
        return origins.get(s) == Origin.ORGANISATION_LOCKED;
    }

    public Origin origin(Setting<?> s) {
        return origins.get(s);
    }

    /** The stored values that could not be used, as they were when the form was made. */
    public List<SettingsWarning> warnings() {
        return warnings;
    }

    /** Why the text cannot be used, in the user's language; empty when it can. */
    public Optional<String> error(Setting<?> s, String text) {
        try {
            s.parse(text);
            return Optional.empty();
        } catch (InvalidValueException e) {
            return Optional.of(m.get(e.messageKey(), e.args()));
        }
    }

    /** Whether the text means something else than the value the dialog opened with. */
    public boolean isChange(Setting<?> s, String text) {
        if (isLocked(s)) {
            return false;
        }
        return !normalised(s, text).equals(normalised(s, initial.get(s)));
    }

    /** The settings whose text is not valid, in page order. */
    public List<Setting<?>> invalid(Map<Setting<?>, String> texts) {
        List<Setting<?>> out = new ArrayList<>();
        for (Setting<?> s : EDITABLE) {
            String t = texts.get(s);
            if (t != null && !isLocked(s) && error(s, t).isPresent()) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Stores every changed value, but only when all of them are valid: a half-saved dialog would leave
     * settings that were never shown together. Writes to the settings store: call off the event thread.
     *
     * @return the settings that were written
     * @throws InvalidValueException for the first invalid value; then nothing is written
     */
    public List<Setting<?>> save(Map<Setting<?>, String> texts) throws InvalidValueException {
        List<Setting<?>> changed = new ArrayList<>();
        for (Setting<?> s : EDITABLE) {
            String t = texts.get(s);
            if (t == null || isLocked(s)) {
                continue;
            }
            s.parse(t);
            if (isChange(s, t)) {
                changed.add(s);
            }
        }
        for (Setting<?> s : changed) {
            settings.set(s, texts.get(s));
        }
        return changed;
    }

    private static <T> String display(Setting<T> s, Settings settings) {
        Resolved<T> r = settings.resolve(s);
        String stored = s.format(r.value());
        if (kind(s) == Kind.LINES) {
            return String.join("\n", stored.isEmpty() ? List.of() : List.of(stored.split(",")));
        }
        if (s == SettingKeys.REMINDER_TIERS) {
            return stored.replace(",", ", ");
        }
        return stored;
    }

    /** The stored form of a text, or the text itself when it does not parse (then it differs anyway). */
    private static <T> String normalised(Setting<T> s, String text) {
        try {
            return s.format(s.parse(text));
        } catch (InvalidValueException e) {
            return "\u0000" + text;
        }
    }
}
