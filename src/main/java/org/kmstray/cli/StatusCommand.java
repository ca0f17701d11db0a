package org.kmstray.cli;

import java.util.List;
import java.util.Set;
import org.kmstray.license.LicenseReading;
import org.kmstray.license.Unreadable;
import org.kmstray.license.Verdict;
import org.kmstray.settings.SettingKeys;
import org.kmstray.settings.Settings;

/** {@code status}: reads this PC (or the demo PC) and answers with the documented exit code. */
public final class StatusCommand implements Command {
    @Override
    public String name() {
        return "status";
    }

    @Override
    public String summaryKey() {
        return "cli.status";
    }

    @Override
    public int run(CliContext ctx, List<String> words) throws UsageException {
        Arguments a = Arguments.parse(words, Set.of("--json", "--demo"), Set.of("--warn-days", "--demo-days", "--config"));
        a.requireAtMostPositional(0);
        CliEnvironment env = ctx.environment();
        Settings settings = ConfigOption.settings(ctx, a);
        int warnDays = a.intValue("--warn-days", settings.get(SettingKeys.WARN_DAYS), 0, 179);
        SettingsWarningsText.print(ctx, settings, SettingsWarningsText.unlessGiven(a, "--warn-days", SettingKeys.WARN_DAYS.key()));
        boolean demo = a.flag("--demo") || a.value("--demo-days").isPresent();
        int demoDays = a.intValue("--demo-days", CliEnvironment.DemoOptions.DEFAULT_DAYS, 0, 180);
        LicenseReading reading;
        if (!demo && !env.isWindows()) {
            reading = new Unreadable("wmi", "cli.status.notWindows", new Object[0]);
        } else {
            reading = env.services(settings, new CliEnvironment.DemoOptions(demo, demoDays)).licenseReader().read();
        }
        return Report.print(ctx, reading, warnDays, a.flag("--json"));
    }

    /** Prints a reading as JSON or text and returns its verdict's exit code. */
    static final class Report {
        private Report() {
        }

        static int print(CliContext ctx, LicenseReading reading, int warnDays, boolean json) {
            Verdict verdict = Verdict.of(reading, warnDays);
            if (json) {
                var root = ReadingJson.of(reading, ctx.messages());
                root.put("verdict", verdict.name());
                ctx.out().println(Json.write(root));
            } else {
                new ReadingText(ctx.messages(), ctx.environment().zone()).print(reading, ctx.out());
                ctx.out().println();
                ctx.out().println(ctx.messages().get("cli.verdict." + verdict.name(), verdict.exitCode(), warnDays));
            }
            return verdict.exitCode();
        }
    }
}
