package org.kmstray.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.kmstray.license.LicenseReading;
import org.kmstray.license.text.ScriptOutputParser;
import org.kmstray.settings.SettingKeys;
import org.kmstray.settings.Settings;

/** {@code diagnose FILE|-}: explains saved ospp.vbs / slmgr.vbs output, e.g. pasted by a user to the help desk. */
public final class DiagnoseCommand implements Command {
    /** Far more than any console session; protects against being handed a disk image by mistake. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    @Override
    public String name() {
        return "diagnose";
    }

    @Override
    public String summaryKey() {
        return "cli.diagnose";
    }

    @Override
    public int run(CliContext ctx, List<String> words) throws UsageException {
        Arguments a = Arguments.parse(words, Set.of("--json"), Set.of("--warn-days", "--config"));
        a.requireAtMostPositional(1);
        if (a.positional().isEmpty()) {
            throw new UsageException("cli.diagnose.missingFile");
        }
        Settings settings = ConfigOption.settings(ctx, a);
        int warnDays = a.intValue("--warn-days", settings.get(SettingKeys.WARN_DAYS), 0, 179);
        SettingsWarningsText.print(ctx, settings, SettingsWarningsText.unlessGiven(a, "--warn-days", SettingKeys.WARN_DAYS.key()));
        String name = a.positional().get(0);
        byte[] bytes;
        try {
            bytes = name.equals("-") ? readLimited(ctx.in()) : readFile(Path.of(name));
        } catch (NoSuchFileException e) {
            ctx.error("cli.diagnose.noSuchFile", name);
            return Cli.EXIT_USAGE;
        } catch (TooLargeException e) {
            ctx.error("cli.diagnose.tooLarge", name, MAX_BYTES / (1024 * 1024));
            return Cli.EXIT_USAGE;
        } catch (IOException | java.nio.file.InvalidPathException e) {
            ctx.error("cli.diagnose.unreadable", name, String.valueOf(e.getMessage()));
            return Cli.EXIT_USAGE;
        }
        String source = name.equals("-") ? "-" : Path.of(name).getFileName().toString();
        LicenseReading reading = ScriptOutputParser.parse(TextDecoder.decode(bytes), source);
        return StatusCommand.Report.print(ctx, reading, warnDays, a.flag("--json"));
    }

    private static byte[] readFile(Path p) throws IOException, TooLargeException {
        if (Files.isDirectory(p)) {
            throw new IOException(p + " is a directory");
        }
        try (InputStream in = Files.newInputStream(p)) {
            return readLimited(in);
        }
    }

    private static byte[] readLimited(InputStream in) throws IOException, TooLargeException {
        byte[] b = in.readNBytes(MAX_BYTES + 1);
        if (b.length > MAX_BYTES) {
            throw new TooLargeException();
        }
        return b;
    }

    private static final class TooLargeException extends Exception {
        private static final long serialVersionUID = 1L;
    }
}
