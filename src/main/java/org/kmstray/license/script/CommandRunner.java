package org.kmstray.license.script;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;

/**
 * Runs an external program and returns what it printed. Implementations never throw for a program
 * that is missing or hangs: the {@link CommandOutput} says so. The production implementation is
 * {@code org.kmstray.platform.ProcessCommandRunner}.
 */
@FunctionalInterface
public interface CommandRunner {
    CommandOutput run(List<String> command, Duration timeout, Charset charset);
}
