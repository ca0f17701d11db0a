package org.kmstray.platform.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmstray.license.ActivationResult;
import org.kmstray.license.script.CommandOutput;
import org.kmstray.license.text.ScriptOutputParser;
import org.kmstray.renewal.ActivationPlan;
import org.kmstray.renewal.PlannedActivation;
import org.kmstray.renewal.Privilege;
import org.kmstray.renewal.ProductActivation;
import org.kmstray.renewal.RunOutcome;
import org.kmstray.renewal.SkuId;

/**
 * The ospp.vbs route of the Windows step: the script hands back ospp.vbs's own output, which the
 * script-text parser reads. The output replayed is that of
 * samples/ospp-act-office2019-grace-and-kms-success-zhcn-01.txt (line 1, the source note, stripped).
 */
class OsppFallbackReplayTest {
    static final String PROPLUS = "85dd8b5f-eaa4-4af3-a628-cce9e77c9a03";
    static final String VISIO = "5b5cf08f-b81a-431d-b080-3450d8620565";

    @TempDir
    Path root;

    @Test
    void theKmsProductSucceedsTheRetailGraceFailureIsIgnoredAndAProductNotInTheOutputIsNotActivated() throws IOException {
        String capture = Files.readString(org.kmstray.testing.Samples.file("ospp-act-office2019-grace-and-kms-success-zhcn-01.txt"),
                StandardCharsets.UTF_8);
        String act = capture.substring(capture.indexOf('\n') + 1);
        Path temp = Files.createDirectories(root.resolve("temp"));
        PowerShellActivationRunner runner = new PowerShellActivationRunner(() -> root.resolve("Windows").resolve("System32"),
                (command, timeout, charset) -> CommandOutput.exited(0, "kmstray-ospp 1\n" + act), (p, a, t) -> {
                    throw new AssertionError("no prompt");
                }, () -> "S-1-5-21-1-2-3-1001", () -> Optional.of(Path.of("C:\\Program Files\\Microsoft Office\\Office16\\OSPP.VBS")),
                text -> ScriptOutputParser.parse(text, "ospp.vbs /act"), () -> temp);
        ActivationPlan plan = new ActivationPlan(List.of(new PlannedActivation(new SkuId(PROPLUS), "ProPlus", Optional.empty()),
                new PlannedActivation(new SkuId(VISIO), "Visio", Optional.empty())));

        RunOutcome o = runner.run(plan, Privilege.STANDARD, Duration.ofSeconds(100));

        assertEquals(List.of(new ProductActivation(new SkuId(PROPLUS), ActivationResult.success())),
                assertInstanceOf(RunOutcome.Completed.class, o).results());
    }
}
