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
        SettingsWarningsText.print(ctx, settings, SettingsWarningsText.unlessGiven(a, "--warn-days", SettingKeys.WARN_DAYS.key(),
                SettingKeys.KMS_HOST.key(), SettingKeys.KMS_PORT.key(), SettingKeys.PROBE_TIMEOUT_MS.key(),
                SettingKeys.CAMPUS_NETWORKS.key(), SettingKeys.CAMPUS_DNS_SUFFIXES.key(), SettingKeys.VPN_ADAPTER_PATTERNS.key(),
                SettingKeys.VPN_POOLS.key(), SettingKeys.VPN_CLIENT.key()));
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

    /**
     * {@code HOST}, {@code HOST:PORT}, {@code [IPv6]:PORT} or a bare IPv6 address, read exactly as
     * {@code check-kms} reads its target, so a value one command accepts the other accepts too.
     */
    static RenewalRequest request(String text, Messages m) throws UsageException {
        KmsTargetArgument target;
        try {
            target = KmsTargetArgument.parse(text);
        } catch (UsageException e) {
            if (e.messageKey().equals("cli.checkKms.badPort")) {
                throw new UsageException("cli.renew.badPort", e.args());
            }
            throw new UsageException("cli.renew.badKms", text, m.get(e.messageKey(), e.args()));
        }
        Optional<Integer> port = target.port().isPresent() ? Optional.of(target.port().getAsInt()) : Optional.empty();
        return new RenewalRequest(target.hostOption(), port);
    }
}
