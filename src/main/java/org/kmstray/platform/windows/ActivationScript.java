package org.kmstray.platform.windows;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The fixed activation script ({@code activate.ps1}, a resource of this jar) and the commands that start it.
 *
 * <p>The script is written to a file and started through a short bootstrap that reads the file's bytes
 * once, checks their SHA-256 against the hash of the copy in the jar and runs exactly those bytes; a file
 * replaced in between is refused (exit 6). The bootstrap, not the script, is on the command line because
 * ShellExecute limits an elevated program's command line to about 2 KB, less than the whole script
 * encoded would need. It is passed with {@code -Command}: it holds no double quote, and its only
 * variable parts are the Base64 of the script path and the arguments that {@link ScriptArguments}
 * checked, so it reaches PowerShell unchanged.
 */
public final class ActivationScript {
    static final String RESOURCE = "activate.ps1";
    /** Start switches: no profile (the user's profile script must not run elevated), no prompts. */
    static final List<String> SWITCHES = List.of("-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass", "-Command");
    /** Where Windows keeps PowerShell 5.1 (and 2.0) below the system directory. */
    static final String POWERSHELL = "WindowsPowerShell\\v1.0\\powershell.exe";

    private final byte[] bytes;
    private final String sha256;

    private ActivationScript(byte[] bytes) {
        this.bytes = bytes.clone();
        this.sha256 = sha256(bytes);
    }

    public static ActivationScript load() {
        try (InputStream in = ActivationScript.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return new ActivationScript(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Upper-case hex, as the bootstrap computes it with BitConverter. */
    public String sha256() {
        return sha256;
    }

    /** The PowerShell source of the bootstrap that runs {@code scriptFile} with {@code arguments}. */
    public String bootstrap(Path scriptFile, ScriptArguments arguments) {
        String path = Base64.getEncoder().encodeToString(scriptFile.toString().getBytes(StandardCharsets.UTF_8));
        return "$ErrorActionPreference='Stop';"
                + "$b=[IO.File]::ReadAllBytes([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('" + path + "')));"
                + "if([BitConverter]::ToString([Security.Cryptography.SHA256]::Create().ComputeHash($b)).Replace('-','') -ne '" + sha256 + "'){exit 6};"
                + "& ([ScriptBlock]::Create([Text.Encoding]::UTF8.GetString($b))) " + arguments.render();
    }

    /** The program and its arguments for a run as the signed-in user. */
    public List<String> command(Path powershell, Path scriptFile, ScriptArguments arguments) {
        List<String> c = new ArrayList<>();
        c.add(powershell.toString());
        c.addAll(SWITCHES);
        c.add(bootstrap(scriptFile, arguments));
        return c;
    }

    /** The parameter string for ShellExecuteEx (the program goes separately). */
    public String shellParameters(Path scriptFile, ScriptArguments arguments) {
        return String.join(" ", SWITCHES) + " \"" + bootstrap(scriptFile, arguments) + "\"";
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
