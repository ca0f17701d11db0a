package org.kmstray.platform.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kmstray.renewal.ActivationPlan;
import org.kmstray.renewal.KmsEndpoint;
import org.kmstray.renewal.PlannedActivation;
import org.kmstray.renewal.SkuId;
import org.kmstray.settings.HostName;

class ActivationScriptTest {
    private final ActivationScript script = ActivationScript.load();
    private static final Path SYSTEM = Path.of("C:\\Windows\\System32");
    private static final Path FILE = Path.of("C:\\Users\\王小明\\AppData\\Local\\Temp\\kmstray-123\\activate.ps1");
    private static final List<String> SKUS = List.of("85dd8b5f-eaa4-4af3-a628-cce9e77c9a03", "5b5cf08f-b81a-431d-b080-3450d8620565",
            "2de67392-b7a7-462a-b1ca-108dd189f588", "9d3e4cca-e172-46f1-a2f4-1d2107051444");

    private static ActivationPlan plan(Optional<KmsEndpoint> endpoint) {
        return new ActivationPlan(SKUS.stream().map(s -> new PlannedActivation(new SkuId(s), "p", endpoint)).toList());
    }

    @Nested
    class TheResource {
        @Test
        void isPlainAsciiWithoutAByteOrderMark() {
            byte[] b = script.bytes();
            assertTrue(b.length > 1000);
            for (byte x : b) {
                assertTrue(x >= 0, "non-ASCII byte in activate.ps1");
            }
        }

        @Test
        void opensWithItsDesignRationale() {
            String head = script.text().substring(0, 600);
            assertTrue(head.startsWith("# KMS Tray activation step"));
            assertTrue(script.text().contains("# Design"));
        }

        @Test
        void checksWithTheSamePatternsAsKmsTray() {
            String text = script.text();
            assertEquals(ArgumentRules.GUID, psPattern(text, "GuidPattern"));
            assertEquals(ArgumentRules.HOST_CHARS, psPattern(text, "HostCharsPattern"));
            assertEquals(ArgumentRules.SID, psPattern(text, "SidPattern"));
            assertEquals(ArgumentRules.OSPP_PATH, psPattern(text, "OsppPattern"));
        }

        @Test
        void selectsProductsByIdAndCallsTheDocumentedMethods() {
            String text = script.text();
            assertTrue(text.contains("-Filter (\"ID='\" + $id + \"'\")"));
            assertTrue(text.contains("'SetKeyManagementServiceMachine' @{ MachineName = $KmsHost }"));
            assertTrue(text.contains("'SetKeyManagementServicePort' @{ PortNumber = [uint32]$KmsPort }"));
            assertTrue(text.contains("'Activate' $null"));
            assertTrue(text.contains("if (-not (Test-Arguments)) { exit 2 }"));
        }

        private String psPattern(String text, String variable) {
            Matcher m = Pattern.compile("\\$" + variable + " = '([^']*)'").matcher(text);
            assertTrue(m.find(), variable + " not in the script");
            return m.group(1);
        }
    }

    @Nested
    class TheBootstrap {
        private final ScriptArguments args = ScriptArguments.of(plan(Optional.of(new KmsEndpoint(new HostName("kms.example.edu"), 1688))),
                "11111111-2222-3333-4444-555555555555", "S-1-5-21-1004336348-1177238915-682003330-1001",
                Optional.of("C:\\Program Files (x86)\\Microsoft Office\\root\\Office16\\OSPP.VBS"));

        @Test
        void checksTheHashOfTheScriptInTheJar() {
            String boot = script.bootstrap(FILE, args);

            assertTrue(boot.contains("-ne '" + ActivationScript.sha256(script.bytes()) + "'){exit 6}"));
            assertEquals(64, script.sha256().length());
        }

        @Test
        void namesTheScriptFileOnlyAsBase64SoAnyFolderNameIsSafe() {
            String boot = script.bootstrap(FILE, args);

            Matcher m = Pattern.compile("FromBase64String\\('([A-Za-z0-9+/=]+)'\\)").matcher(boot);
            assertTrue(m.find());
            assertEquals(FILE.toString(), new String(Base64.getDecoder().decode(m.group(1)), StandardCharsets.UTF_8));
            assertFalse(boot.contains("王小明"));
        }

        @Test
        void holdsNoDoubleQuoteAndEndsWithTheCheckedArguments() {
            String boot = script.bootstrap(FILE, args);

            assertFalse(boot.contains("\""));
            assertTrue(boot.endsWith(args.render()));
            assertTrue(boot.contains("-SetHost '85dd8b5f-eaa4-4af3-a628-cce9e77c9a03','5b5cf08f-b81a-431d-b080-3450d8620565'"));
        }

        @Test
        void fitsTheCommandLineLimitOfAnElevatedStartWithRoomToSpare() {
            String params = script.shellParameters(FILE, args);

            assertTrue(params.length() < 1600, "length " + params.length());
            assertTrue(params.startsWith("-NoProfile -NonInteractive -ExecutionPolicy Bypass -Command \""));
            assertTrue(params.endsWith("\""));
        }

        @Test
        void startsPowerShellFromTheSystemDirectoryWithoutProfileOrPrompts() {
            List<String> command = script.command(SYSTEM.resolve(ActivationScript.POWERSHELL), FILE, args);

            assertEquals(SYSTEM.resolve("WindowsPowerShell\\v1.0\\powershell.exe").toString(), command.get(0));
            assertEquals(List.of("-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass", "-Command"), command.subList(1, 6));
            assertEquals(7, command.size());
        }

        @Test
        void aPlanWithoutHostChangesSendsNoHostAtAll() {
            ScriptArguments plain = ScriptArguments.of(plan(Optional.empty()), "", "", Optional.empty());

            assertFalse(plain.render().contains("-KmsHost"));
            assertFalse(plain.render().contains("-Token"));
        }
    }
}
