package org.kmstray.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.kmstray.license.script.CommandOutput;
import org.kmstray.license.script.CommandOutput.Completion;

@DisabledOnOs(OS.WINDOWS)
class ProcessCommandRunnerTest {
    private final ProcessCommandRunner runner = new ProcessCommandRunner();

    @Test
    void passesOnExitCodeAndStandardOutput() {
        CommandOutput out = runner.run(List.of("/bin/sh", "-c", "echo text; exit 2"), Duration.ofSeconds(30), StandardCharsets.UTF_8);
        assertEquals(new CommandOutput(Completion.EXITED, 2, "text\n", ""), out);
    }

    @Test
    void reportsAMissingProgramAsNotFound() {
        CommandOutput out = runner.run(List.of("/no/such/dir/cscript.exe"), Duration.ofSeconds(30), StandardCharsets.UTF_8);
        assertEquals(Completion.NOT_FOUND, out.completion());
    }

    @Test
    void reportsATimeout() {
        CommandOutput out = runner.run(List.of("/bin/sh", "-c", "sleep 30"), Duration.ofMillis(300), StandardCharsets.UTF_8);
        assertEquals(Completion.TIMED_OUT, out.completion());
    }
}
