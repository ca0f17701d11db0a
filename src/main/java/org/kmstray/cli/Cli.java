package org.kmstray.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kmstray.i18n.Language;
import org.kmstray.i18n.Messages;

/**
 * The command-line front: picks the language ({@code --lang}, else the OS locale), dispatches to a
 * command, and turns every problem into a sentence and an exit code. No stack trace reaches the user.
 */
public final class Cli {
    public static final int EXIT_USAGE = 3;
    /** Options of the tray app that take a value, so the value is not mistaken for a command. */
    private static final java.util.Set<String> TRAY_OPTIONS_WITH_VALUE = java.util.Set.of("--lang", "--config", "--demo-days");

    private final CliEnvironment environment;
    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;

    public Cli(CliEnvironment environment, PrintStream out, PrintStream err, InputStream in) {
        this.environment = environment;
        this.out = out;
        this.err = err;
        this.in = in;
    }

    /** Whether these arguments name a command (else the tray app starts). */
    public static boolean isCommandLine(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--help") || a.equals("-h") || a.equals("--version")) {
                return true;
            }
            if (TRAY_OPTIONS_WITH_VALUE.contains(a)) {
                i++;
            } else if (!a.startsWith("-")) {
                return true;
            }
        }
        return false;
    }

    public int run(List<String> args) {
        List<String> rest = new ArrayList<>();
        Language language = Language.forLocale(Locale.getDefault());
        String badLanguage = null;
        boolean languageMissing = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String value;
            if (a.equals("--lang")) {
                // "status --lang" or "status --lang --json": the value was forgotten, not an unknown option.
                value = i + 1 < args.size() && !args.get(i + 1).startsWith("-") ? args.get(++i) : "";
            } else if (a.startsWith("--lang=")) {
                value = a.substring("--lang=".length());
            } else {
                rest.add(a);
                continue;
            }
            Optional<Language> l = Language.fromTag(value);
            if (l.isPresent()) {
                language = l.get();
            } else if (value.isBlank()) {
                languageMissing = true;
            } else {
                badLanguage = value;
            }
        }
        Messages m = Messages.of(language);
        CliContext ctx = new CliContext(out, err, m, environment, in);
        if (languageMissing) {
            ctx.error("cli.error.languageMissing");
            return EXIT_USAGE;
        }
        if (badLanguage != null) {
            ctx.error("cli.error.badLanguage", badLanguage);
            return EXIT_USAGE;
        }
        if (rest.isEmpty() || rest.contains("--help") || rest.contains("-h") || rest.get(0).equals("help")) {
            printHelp(ctx, rest);
            return 0;
        }
        if (rest.get(0).equals("--version")) {
            out.println(m.get("app.name") + " " + environment.version());
            return 0;
        }
        Optional<Command> command = Commands.named(rest.get(0));
        if (command.isEmpty()) {
            ctx.error("cli.error.unknownCommand", rest.get(0));
            ctx.error("cli.help.hint");
            return EXIT_USAGE;
        }
        try {
            return command.get().run(ctx, rest.subList(1, rest.size()));
        } catch (UsageException e) {
            ctx.error(e.messageKey(), e.args());
            if (e.showsHint()) {
                ctx.error("cli.help.commandHint", command.get().name());
            }
            return EXIT_USAGE;
        } catch (RuntimeException e) {
            // A bug must still end in a sentence and a documented exit code, not a stack trace.
            java.util.logging.Logger.getLogger(Cli.class.getName()).log(java.util.logging.Level.WARNING, "command failed", e);
            ctx.error("cli.error.internal", e.getClass().getSimpleName() + ": " + e.getMessage());
            return EXIT_USAGE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private void printHelp(CliContext ctx, List<String> rest) {
        Messages m = ctx.messages();
        Optional<Command> only = rest.stream().map(Commands::named).flatMap(Optional::stream).findFirst();
        if (only.isPresent()) {
            out.println(m.get(only.get().summaryKey() + ".usage"));
            out.println("  " + m.get(only.get().summaryKey()));
            out.println(m.get(only.get().summaryKey() + ".options"));
            return;
        }
        out.println(m.get("cli.help.header", environment.version()));
        out.println();
        out.println(m.get("cli.help.tray"));
        for (Command c : Commands.all()) {
            out.println();
            out.println("  " + m.get(c.summaryKey() + ".usage"));
            out.println("      " + m.get(c.summaryKey()));
        }
        out.println();
        out.println(m.get("cli.help.global"));
        out.println();
        out.println(m.get("cli.help.exitCodes"));
    }
}
