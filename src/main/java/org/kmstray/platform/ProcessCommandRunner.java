package org.kmstray.platform;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import org.kmstray.license.script.CommandOutput;
import org.kmstray.license.script.CommandRunner;

/** Runs the license readers' commands through {@link ProcessExec}. */
public final class ProcessCommandRunner implements CommandRunner {
    @Override
    public CommandOutput run(List<String> command, Duration timeout, Charset charset) {
        ProcessExec.Result r = ProcessExec.run(command, timeout, charset);
        CommandOutput.Completion completion = switch (r.outcome()) {
            case EXITED -> CommandOutput.Completion.EXITED;
            case TIMED_OUT -> CommandOutput.Completion.TIMED_OUT;
            case NOT_FOUND -> CommandOutput.Completion.NOT_FOUND;
            case NOT_STARTED -> CommandOutput.Completion.NOT_STARTED;
        };
        return new CommandOutput(completion, r.exitCode(), r.stdout(), r.problem());
    }
}
