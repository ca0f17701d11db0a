package org.kmstray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kmstray.license.Verdict;

/**
 * installer/detection/Detect-KmsTray.ps1 decides from the exit code of {@code status --json} and writes one
 * line from its JSON. PowerShell is not available on the build machine, so this test reads the script's
 * decision table and mirrors its logic, then runs it against what the demo mode answers.
 */
class DetectionScriptTest {
    static final Path SCRIPT = Path.of(System.getProperty("kmstray.project.dir", ".")).resolve("installer/detection/Detect-KmsTray.ps1");

    record Decision(String verdict, boolean compliant) {
    }

    record Detection(int exitCode, String line) {
    }

    static Map<Integer, Decision> table;

    @BeforeAll
    static void readTheScriptsTable() throws Exception {
        table = new TreeMap<>();
        Matcher m = Pattern.compile("(?m)^\\s*(\\d+) = @\\{ Verdict = '(\\w+)'; Compliant = \\$(true|false) \\}\\s*$")
                .matcher(Files.readString(SCRIPT));
        while (m.find()) {
            table.put(Integer.parseInt(m.group(1)), new Decision(m.group(2), m.group(3).equals("true")));
        }
    }

    /** The script's Health mode, step for step. */
    static Detection detect(int statusExit, String json) {
        Decision d = table.get(statusExit);
        if (d == null) {
            return new Detection(1, "ERROR: kmstray status exited with " + statusExit);
        }
        Matcher verdict = Pattern.compile("\"verdict\": \"(\\w+)\"").matcher(json);
        if (!verdict.find()) {
            return new Detection(1, "ERROR: kmstray status --json answered something that is not JSON");
        }
        if (!verdict.group(1).equals(d.verdict())) {
            return new Detection(1, "ERROR: exit code " + statusExit + " but verdict " + verdict.group(1));
        }
        record P(String name, long minutes, String days, String expires) {
        }
        Matcher product = Pattern.compile("\"name\": \"([^\"]*)\",[^{}]*?\"kmsClient\": true,[^{}]*?\"remainingMinutes\": (\\d+),\\s*"
                + "\"daysLeft\": (\\d+),\\s*\"expiresAt\": (null|\"[^\"]*\")").matcher(json);
        Optional<P> first = product.results().map(r -> new P(r.group(1), Long.parseLong(r.group(2)), r.group(3), r.group(4)))
                .min(Comparator.comparingLong(P::minutes));
        String line;
        if (first.isPresent()) {
            P p = first.get();
            line = d.verdict() + ": " + p.name() + ", " + p.days() + " days left"
                    + (p.expires().equals("null") ? "" : ", expires " + p.expires().replace("\"", ""));
        } else {
            Matcher u = Pattern.compile("\"unreadable\": \"([^\"]*)\"").matcher(json);
            line = d.verdict() + ": " + (u.find() ? u.group(1) : "no KMS client product with a known expiry");
        }
        return new Detection(d.compliant() ? 0 : 1, line);
    }

    @Nested
    class TheDecisionTable {
        @Test
        void coversEveryExitCodeOfStatusWithItsVerdict() {
            Map<Integer, String> expected = new TreeMap<>();
            Arrays.stream(Verdict.values()).forEach(v -> expected.put(v.exitCode(), v.name()));
            Map<Integer, String> actual = new TreeMap<>();
            table.forEach((code, d) -> actual.put(code, d.verdict()));
            assertEquals(expected, actual);
        }

        @Test
        void onlyAHealthyPcOrOneWithoutKmsProductsIsCompliant() {
            assertEquals(List.of(0, 4), table.entrySet().stream().filter(e -> e.getValue().compliant()).map(Map.Entry::getKey).toList());
        }

        @Test
        void isTheTableTheScriptsHelpDocuments() throws Exception {
            String script = Files.readString(SCRIPT);
            for (Map.Entry<Integer, Decision> e : table.entrySet()) {
                Pattern row = Pattern.compile("(?m)^\\s+" + e.getKey() + "\\s+" + e.getValue().verdict() + "\\s+exit "
                        + (e.getValue().compliant() ? 0 : 1) + "\\s");
                assertTrue(row.matcher(script).find(), "help row for " + e.getKey());
            }
        }
    }

    @Nested
    class OnTheDemoPc {
        @Test
        void twelveDaysLeftIsNotCompliantAndNamesTheProductThatExpiresFirst() {
            CommandLineTest.Run r = CommandLineTest.run("status", "--demo", "--json");
            Detection d = detect(r.exit(), r.out());
            assertEquals(1, d.exitCode());
            assertEquals("EXPIRING: Office 19, Office19ProPlus2019VL_KMS_Client_AE edition, 12 days left, expires 2026-12-08T11:17:00Z",
                    d.line());
        }

        @Test
        void ninetyDaysLeftIsCompliant() {
            CommandLineTest.Run r = CommandLineTest.run("status", "--demo", "--demo-days", "90", "--json");
            Detection d = detect(r.exit(), r.out());
            assertEquals(0, d.exitCode());
            assertTrue(d.line().startsWith("OK: Office 19, "), d.line());
            assertTrue(d.line().contains("90 days left"), d.line());
        }

        @Test
        void anExpiredActivationIsNotCompliantAndHasNoExpiryToShow() {
            CommandLineTest.Run r = CommandLineTest.run("status", "--demo", "--demo-days", "0", "--json");
            Detection d = detect(r.exit(), r.out());
            assertEquals(1, d.exitCode());
            assertEquals("PROBLEM: Office 19, Office19ProPlus2019VL_KMS_Client_AE edition, 0 days left", d.line());
        }

        @Test
        @org.junit.jupiter.api.condition.DisabledOnOs(org.junit.jupiter.api.condition.OS.WINDOWS)
        void anUnreadableStateIsNotCompliantAndSaysWhy() {
            CommandLineTest.Run r = CommandLineTest.run("status", "--json");
            Detection d = detect(r.exit(), r.out());
            assertEquals(1, d.exitCode());
            assertTrue(d.line().startsWith("UNREADABLE: "), d.line());
            assertFalse(d.line().endsWith(": "), d.line());
        }
    }

    /**
     * Intune Remediations and ConfigMgr run the script in 32-bit PowerShell unless told otherwise, where
     * {@code $env:ProgramFiles} is "Program Files (x86)" and the registry shows its 32-bit view; the MSI is x64.
     */
    @Nested
    class FindingTheInstallFolder {
        private final String script = Files.readString(SCRIPT);
        private final Path wxs = SCRIPT.getParent().getParent().resolve("windows/main.wxs");

        FindingTheInstallFolder() throws Exception {
        }

        /** The value the MSI writes, as Windows stores it for the default install folder. */
        private String runValueTheMsiWrites() throws Exception {
            Matcher value = Pattern.compile("Name=\"KMS Tray\" Type=\"string\"\\s+Value=\"([^\"]*)\"").matcher(Files.readString(wxs));
            assertTrue(value.find(), "the MSI's Run value");
            return value.group(1).replace("&quot;", "\"").replace("[INSTALLDIR]", "C:\\Program Files\\KMS Tray\\");
        }

        /** The script's $RunValuePattern, matched as PowerShell's -match does (case-insensitive), then Split-Path -Parent. */
        private Optional<String> folderFromRunValue(String value) {
            Matcher p = Pattern.compile("(?m)^\\$RunValuePattern = '([^']*)'$").matcher(script);
            assertTrue(p.find(), "the script names its Run value pattern");
            Matcher m = Pattern.compile(p.group(1), Pattern.CASE_INSENSITIVE).matcher(value);
            return m.find() ? Optional.of(m.group("exe").substring(0, m.group("exe").lastIndexOf('\\'))) : Optional.empty();
        }

        @Test
        void takesTheFolderFromTheRunValueTheMsiWrites() throws Exception {
            assertEquals(Optional.of("C:\\Program Files\\KMS Tray"), folderFromRunValue(runValueTheMsiWrites()));
        }

        @Test
        void readsTheRunKeyAndValueNameTheMsiWrites() throws Exception {
            String msi = Files.readString(wxs);
            Matcher runKey = Pattern.compile("<\\?define KmsRunKey=\"([^\"]*)\" \\?>").matcher(msi);
            assertTrue(runKey.find());
            assertTrue(script.contains("OpenSubKey('" + runKey.group(1) + "')"), runKey.group(1));
            assertTrue(script.contains("GetValue('KMS Tray')"));
        }

        @Test
        void ignoresARunValueOfSomethingElse() {
            assertEquals(Optional.empty(), folderFromRunValue("C:\\Tools\\other.exe --autostart"));
            assertEquals(Optional.empty(), folderFromRunValue("\"C:\\Tools\\other.exe\""));
        }

        @Test
        void readsTheRegistryInThe64BitViewWhateverItsOwnBitness() {
            long opened = Pattern.compile("OpenBaseKey\\(").matcher(script).results().count();
            assertTrue(opened > 0);
            assertEquals(opened, Pattern.compile("OpenBaseKey\\([^)]*\\s*\\[Microsoft\\.Win32\\.RegistryView\\]::Registry64\\)")
                    .matcher(script).results().count());
        }

        @Test
        void fallsBackToTheNativeProgramFilesNotTheOneOfA32BitProcess() {
            assertTrue(script.contains("if ($env:ProgramW6432) { $env:ProgramW6432 } else { $env:ProgramFiles }"));
            String code = script.replaceAll("(?s)<#.*?#>", "").replaceAll("(?m)#.*$", "");
            assertEquals(1, Pattern.compile("\\$env:ProgramFiles\\b").matcher(code).results().count(),
                    "$env:ProgramFiles only where ProgramW6432 is not set (a 32-bit Windows)");
        }

        @Test
        void anInstallDirGivenOnTheCommandLineWins() {
            assertTrue(script.contains("[string] $InstallDir = '',"));
            assertTrue(script.contains("if (-not $InstallDir) { $InstallDir = Find-InstallDir }"));
        }
    }

    @Test
    void anExitCodeOutsideTheTableIsAnError() {
        assertEquals(new Detection(1, "ERROR: kmstray status exited with 9"), detect(9, "{}"));
    }
}
