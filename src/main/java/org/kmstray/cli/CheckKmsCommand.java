package org.kmstray.cli;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kmstray.network.ProbeOutcome;
import org.kmstray.network.ProbeResult;
import org.kmstray.network.ProbeResultText;
import org.kmstray.settings.HostName;
import org.kmstray.settings.SettingKeys;
import org.kmstray.settings.Settings;

/**
 * {@code check-kms [HOST[:PORT]]}: asks the given or configured KMS host (or the one DNS discovery
 * finds) whether it answers, with one DCE/RPC bind and never an activation request. Exit code 0 when
 * it answered as a KMS host, 1 for any other outcome, 3 when the command line is wrong (then nothing
 * is sent).
 */
public final class CheckKmsCommand implements Command {
    public static final int EXIT_ANSWERED = 0;
    public static final int EXIT_NOT_ANSWERED = 1;
    static final int MIN_TIMEOUT_MS = 50;
    static final int MAX_TIMEOUT_MS = 600_000;

    @Override
    public String name() {
        return "check-kms";
    }

    @Override
    public String summaryKey() {
        return "cli.checkKms";
    }

    @Override
    public int run(CliContext ctx, List<String> words) throws UsageException {
        Arguments a = Arguments.parse(words, Set.of("--json"), Set.of("--timeout-ms", "--config"));
        a.requireAtMostPositional(1);
        Optional<KmsTargetArgument> target = a.positional().isEmpty() ? Optional.empty()
                : Optional.of(KmsTargetArgument.parse(a.positional().get(0)));
        Settings settings = ConfigOption.settings(ctx, a);
        int timeoutMs = a.intValue("--timeout-ms", settings.get(SettingKeys.PROBE_TIMEOUT_MS), MIN_TIMEOUT_MS, MAX_TIMEOUT_MS);
        SettingsWarningsText.print(ctx, settings, Set.of(SettingKeys.KMS_HOST.key(), SettingKeys.KMS_PORT.key(),
                SettingKeys.PROBE_TIMEOUT_MS.key()));

        Optional<HostName> host = target.isPresent() ? target.get().hostOption() : settings.get(SettingKeys.KMS_HOST);
        int port = target.flatMap(t -> t.port().isPresent() ? Optional.of(t.port().getAsInt()) : Optional.empty())
                .orElse(settings.get(SettingKeys.KMS_PORT));

        ProbeResult r = ctx.environment().kmsProbe().probe(host, port, Duration.ofMillis(timeoutMs));
        int exit = r.outcome() == ProbeOutcome.KMS_ANSWERED ? EXIT_ANSWERED : EXIT_NOT_ANSWERED;
        if (a.flag("--json")) {
            Map<String, Object> root = Json.object();
            root.put("host", r.host());
            root.put("port", r.port());
            root.put("outcome", r.outcome().name());
            root.put("address", r.address());
            root.put("millis", r.millis());
            root.put("detail", r.detail());
            ctx.out().println(Json.write(root));
        } else {
            ctx.out().println(ProbeResultText.sentence(r, ctx.messages()));
            if (r.detail() != null && !r.detail().isEmpty()) {
                ctx.out().println(ctx.messages().get("cli.checkKms.detail", r.detail()));
            }
            ctx.out().println(ctx.messages().get(exit == EXIT_ANSWERED ? "cli.checkKms.result.answered" : "cli.checkKms.result.notAnswered", exit));
        }
        return exit;
    }
}
