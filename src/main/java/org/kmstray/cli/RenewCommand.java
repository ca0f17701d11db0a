package org.kmstray.cli;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.kmstray.i18n.Messages;
import org.kmstray.license.Verdict;
import org.kmstray.renewal.RenewalReport;
import org.kmstray.renewal.RenewalRequest;
import org.kmstray.renewal.Renewer;
import org.kmstray.settings.HostName;
import org.kmstray.settings.InvalidValueException;
import org.kmstray.settings.SettingKeys;
import org.kmstray.settings.Settings;

/**
 * {@code renew}: the whole renewal (gate, least-privilege activation, verification) for this PC or the demo
 * PC. The exit code is the verdict of the state after the renewal, as {@code status} would give it.
 */
public final class RenewCommand implements Command {
    /** Far beyond the renewal's own limits (probe plus 120 s of activation plus two readings). */
    static final long WAIT_MINUTES = 5;

    @Override
    public String name() {
        return "renew";
    }

    @Override
    public String summaryKey() {
        return "cli.renew";
    }

    @Override
    public int run(CliContext ctx, List<String> words) throws UsageException {
        Arguments a = Arguments.parse(words, Set.of("--json", "--demo"), Set.of("--kms", "--config", "--demo-days", "--warn-days"));
        a.requireAtMostPositional(0);
        Optional<String> kms = a.value("--kms");
        RenewalRequest request = kms.isPresent() ? request(kms.get(), ctx.messages()) : RenewalRequest.configured();
        CliEnvironment env = ctx.environment();
        Settings settings = ConfigOption.settings(ctx, a);
        int warnDays = a.intValue("--warn-days", settings.get(SettingKeys.WARN_DAYS), 0, 179);
        boolean demo = a.flag("--demo") || a.value("--demo-days").isPresent();
        int demoDays = a.intValue("--demo-days", CliEnvironment.DemoOptions.DEFAULT_DAYS, 0, 180);
        if (!demo && !env.isWindows()) {
            ctx.error("cli.renew.notWindows");
            return Verdict.UNREADABLE.exitCode();
        }
        Optional<Renewer> renewer = env.services(settings, new CliEnvironment.DemoOptions(demo, demoDays)).renewer();
        if (renewer.isEmpty()) {
            ctx.error("cli.renew.unavailable");
            return Verdict.UNREADABLE.exitCode();
        }
        RenewalReport report;
        try {
            report = renewer.get().renew(request).get(WAIT_MINUTES, TimeUnit.MINUTES);
        } catch (TimeoutException | ExecutionException e) {
            ctx.error("cli.renew.stillRunning");
            return Verdict.UNREADABLE.exitCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ctx.error("cli.renew.stillRunning");
            return Verdict.UNREADABLE.exitCode();
        }
        Verdict verdict = Verdict.of(report.stateAfter(), warnDays);
        if (a.flag("--json")) {
            var root = RenewalJson.of(report, ctx.messages());
            root.put("verdict", verdict.name());
            ctx.out().println(Json.write(root));
        } else {
            new RenewalText(ctx.messages(), env.zone()).print(report, ctx.out());
            ctx.out().println();
            ctx.out().println(ctx.messages().get("cli.verdict." + verdict.name(), verdict.exitCode(), warnDays));
        }
        return verdict.exitCode();
    }

    /** {@code HOST}, {@code HOST:PORT}, {@code [IPv6]:PORT} or a bare IPv6 address. Nothing invalid goes further. */
    static RenewalRequest request(String text, Messages m) throws UsageException {
        String host = text;
        String port = null;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                throw new UsageException("cli.renew.badKms", text, m.get("value.host.invalid", text));
            }
            host = text.substring(1, close);
            String rest = text.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    throw new UsageException("cli.renew.badKms", text, m.get("value.host.invalid", text));
                }
                port = rest.substring(1);
            }
        } else if (text.indexOf(':') >= 0 && text.indexOf(':') == text.lastIndexOf(':')) {
            host = text.substring(0, text.indexOf(':'));
            port = text.substring(text.indexOf(':') + 1);
        }
        HostName name;
        try {
            name = HostName.parse(host);
        } catch (InvalidValueException e) {
            throw new UsageException("cli.renew.badKms", text, m.get(e.messageKey(), e.args()));
        }
        if (port == null) {
            return new RenewalRequest(Optional.of(name), Optional.empty());
        }
        if (!port.matches("\\d{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            throw new UsageException("cli.renew.badPort", port);
        }
        return new RenewalRequest(Optional.of(name), Optional.of(Integer.parseInt(port)));
    }
}
