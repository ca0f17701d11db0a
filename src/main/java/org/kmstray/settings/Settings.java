package org.kmstray.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Effective settings: organisation-locked over user over organisation default over built-in. With the
 * Windows policy key the organisation part is a {@link CombinedPolicy}, whose javadoc states the whole
 * rule (registry policy > organisation file locked > user > organisation file default > built-in).
 *
 * <p>A stored value that does not parse is skipped with a warning and left in place, so a typo in a
 * deployed file or a hand-edited registry value is reported, never silently lost. Thread-safe: the
 * tray's worker threads read while the settings dialog writes.
 */
public final class Settings {
    private final Preferences user;
    private final OrganisationPolicy policy;

    public Settings(Preferences user, OrganisationPolicy policy) {
        this.user = user;
        this.policy = policy;
    }

    public <T> T get(Setting<T> setting) {
        return resolve(setting).value();
    }

    public <T> Resolved<T> resolve(Setting<T> setting) {
        return resolve(setting, new ArrayList<>());
    }

    public OrganisationPolicy policy() {
        return policy;
    }

    /** Every value that was skipped, with the reason, for the status window and diagnostics. */
    public List<SettingsWarning> warnings() {
        List<SettingsWarning> out = new ArrayList<>(policy.warnings());
        for (Setting<?> s : SettingKeys.ALL) {
            resolve(s, out);
        }
        return out;
    }

    public boolean isLocked(Setting<?> setting) {
        return policy.locked().containsKey(setting.key()) && resolve(setting).locked();
    }

    /**
     * Stores the user's value after checking it; an invalid or locked value is refused and nothing is
     * written.
     */
    public <T> void set(Setting<T> setting, String text) throws InvalidValueException {
        if (isLocked(setting)) {
            throw new InvalidValueException("value.locked", setting.key());
        }
        T value = setting.parse(text);
        synchronized (this) {
            user.put(setting.key(), setting.format(value));
            flush();
        }
    }

    /** Removes the user's value so the organisation default or the built-in applies again. */
    public synchronized void reset(Setting<?> setting) {
        user.remove(setting.key());
        flush();
    }

    /** The user's own stored text, even if it no longer parses. */
    public Optional<String> userText(Setting<?> setting) {
        return Optional.ofNullable(user.get(setting.key(), null));
    }

    private <T> Resolved<T> resolve(Setting<T> setting, List<SettingsWarning> warnings) {
        Optional<T> v = parse(setting, policy.locked().get(setting.key()), "organisation.locked", warnings);
        if (v.isPresent()) {
            return new Resolved<>(v.get(), Origin.ORGANISATION_LOCKED);
        }
        v = parse(setting, user.get(setting.key(), null), "user", warnings);
        if (v.isPresent()) {
            return new Resolved<>(v.get(), Origin.USER);
        }
        v = parse(setting, policy.defaults().get(setting.key()), "organisation.default", warnings);
        if (v.isPresent()) {
            return new Resolved<>(v.get(), Origin.ORGANISATION_DEFAULT);
        }
        return new Resolved<>(setting.builtIn(), Origin.BUILT_IN);
    }

    private static <T> Optional<T> parse(Setting<T> setting, String raw, String source, List<SettingsWarning> warnings) {
        if (raw == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(setting.parse(raw));
        } catch (InvalidValueException e) {
            warnings.add(new SettingsWarning(setting.key(), raw, source, e.messageKey(), e.args()));
            return Optional.empty();
        }
    }

    private void flush() {
        try {
            user.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // The value is still held in memory by the node; the next flush retries.
            java.util.logging.Logger.getLogger(Settings.class.getName()).warning("settings not flushed: " + e.getMessage());
        }
    }
}
