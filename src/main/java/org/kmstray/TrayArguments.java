package org.kmstray;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kmstray.cli.Arguments;
import org.kmstray.cli.CliEnvironment.DemoOptions;
import org.kmstray.cli.UsageException;
import org.kmstray.i18n.Language;

/**
 * The tray app's command line: {@code [--demo] [--demo-days N] [--lang en|zh-TW] [--config FILE] [--autostart]}.
 *
 * @param autostart started by the login entry: start quietly, or not at all when the user turned autostart off
 */
record TrayArguments(boolean demo, int demoDays, Optional<Language> language, Optional<Path> config, boolean autostart) {
    static TrayArguments parse(List<String> args) throws UsageException {
        Arguments a = Arguments.parse(args, Set.of("--demo", "--autostart"), Set.of("--demo-days", "--lang", "--config"));
        if (!a.positional().isEmpty()) {
            throw new UsageException("cli.error.unexpectedArgument", a.positional().get(0));
        }
        Optional<Language> language = Optional.empty();
        if (a.value("--lang").isPresent()) {
            String tag = a.value("--lang").get();
            language = Optional.of(Language.fromTag(tag).orElseThrow(() -> new UsageException("cli.error.badLanguage", tag)));
        }
        int days = a.intValue("--demo-days", DemoOptions.DEFAULT_DAYS, 0, 180);
        return new TrayArguments(a.flag("--demo"), days, language, a.value("--config").map(Path::of), a.flag("--autostart"));
    }
}
