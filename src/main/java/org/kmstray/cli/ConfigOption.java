package org.kmstray.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.kmstray.settings.InvalidValueException;
import org.kmstray.settings.PropertiesFilePolicy;
import org.kmstray.settings.Settings;

/**
 * {@code --config FILE}, the same for every command: a file the user names must exist and be a settings
 * file, else the command stops with exit code 3 before it reads or sends anything. Without the option the
 * organisation file beside the app applies, and its absence is normal.
 */
final class ConfigOption {
    static final String NAME = "--config";

    private ConfigOption() {
    }

    static Settings settings(CliContext ctx, Arguments a) throws UsageException {
        Optional<String> text = a.value(NAME);
        if (text.isEmpty()) {
            return ctx.environment().settings(Optional.empty());
        }
        Path file;
        try {
            file = Path.of(text.get());
        } catch (InvalidPathException e) {
            throw UsageException.withoutHint("settings.file.missing", text.get());
        }
        try {
            PropertiesFilePolicy.loadNamed(file);
        } catch (InvalidValueException e) {
            throw UsageException.withoutHint(e.messageKey(), e.args());
        }
        return ctx.environment().settings(Optional.of(file));
    }
}
