package org.kmstray;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import org.kmstray.cli.UsageException;
import org.kmstray.i18n.Language;
import org.kmstray.i18n.Messages;
import org.kmstray.settings.SettingKeys;
import org.kmstray.settings.Settings;
import org.kmstray.ui.app.AppFolders;
import org.kmstray.ui.app.AppLog;
import org.kmstray.ui.app.SingleInstance;
import org.kmstray.ui.tray.AwtTrayHost;
import org.kmstray.ui.tray.TrayUnavailableException;

/**
 * Starts the tray app. Exit codes: 0 after Exit, when another instance was asked to show itself, or when an
 * autostart finds start at login turned off; 3 for a command line it does not understand or a failure while
 * starting; 5 when there is no display or no notification area to put the icon in.
 */
final class TrayLauncher {
    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 3;
    static final int EXIT_NO_TRAY = 5;

    private static final Logger LOG = Logger.getLogger(TrayLauncher.class.getName());

    private TrayLauncher() {
    }

    static void launch(AppEnvironment environment, List<String> args) {
        Charset cs = Main.consoleCharset();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, cs);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, cs);
        int code = start(environment, args, AppFolders.forThisUser(), AwtTrayHost::requireTray, out, err);
        if (code >= 0) {
            System.exit(code);
        }
        // -1: the app runs; it exits through its menu.
    }

    /** Starts the app; an exit code when it is not (or no longer) to run, -1 when it now runs. */
    /** Whether the icon can be shown at all: {@link AwtTrayHost#requireTray()}. */
    @FunctionalInterface
    interface TrayCheck {
        void require() throws TrayUnavailableException;
    }

    static int start(AppEnvironment environment, List<String> args, AppFolders folders, TrayCheck trayCheck, PrintStream out,
            PrintStream err) {
        TrayArguments arguments;
        try {
            arguments = TrayArguments.parse(args);
        } catch (UsageException e) {
            Messages m = Messages.of(Language.forLocale(Locale.getDefault()));
            err.println(m.get(e.messageKey(), e.args()));
            err.println(m.get("cli.help.hint"));
            return EXIT_FAILED;
        }
        // Connecting to the display and finding the tray takes as long as everything else before the icon:
        // let it run while the settings, the log and the instance lock are read.
        CompletableFuture<Optional<TrayUnavailableException>> tray = CompletableFuture.supplyAsync(() -> {
            try {
                trayCheck.require();
                return Optional.empty();
            } catch (TrayUnavailableException e) {
                return Optional.of(e);
            }
        });
        // Log lines of a start that ends early go nowhere but a console's warnings; the log files belong to the
        // instance that runs (a second FileHandler would only leave kms-tray-0.log.1 and the like behind).
        AppLog.quietConsole();
        Settings settings = environment.settings(arguments.config());
        Language language = arguments.language().orElseGet(() -> chosenLanguage(settings));
        Messages m = Messages.of(language);
        if (arguments.autostart() && !settings.get(SettingKeys.AUTOSTART)) {
            LOG.info("Started at login with start at login turned off: not starting");
            return EXIT_OK;
        }
        AtomicReference<TrayWiring> wiring = new AtomicReference<>();
        SingleInstance instance;
        try {
            SingleInstance.Claim claim = SingleInstance.claim(folders.data(), () -> SwingUtilities.invokeLater(() -> {
                TrayWiring w = wiring.get();
                if (w != null) {
                    w.app().showStatus();
                }
            }));
            if (claim instanceof SingleInstance.Running running) {
                LOG.info("Another instance runs" + (running.told() ? "; it shows its status window" : " but did not answer"));
                if (!arguments.autostart()) {
                    out.println(m.get("tray.instance.running"));
                }
                return EXIT_OK;
            }
            instance = ((SingleInstance.First) claim).instance();
            AppLog.install(folders.logs());
        } catch (IOException e) {
            AppLog.install(folders.logs());
            // Without the lock a second copy could start; that is better than no tray at all.
            LOG.warning("The single-instance lock in " + folders.data() + " is not available: " + e.getMessage());
            instance = null;
        }
        boolean demo = arguments.demo() || !environment.isWindows();
        SingleInstance held = instance;
        Runnable onExit = () -> {
            TrayWiring w = wiring.get();
            if (w != null) {
                w.scheduler().stop();
            }
            if (held != null) {
                held.close();
            }
            System.exit(EXIT_OK);
        };
        AtomicReference<Exception> failure = new AtomicReference<>();
        try {
            // Built here, while the toolkit still connects to the display; only the icon needs the event thread.
            TrayWiring w = new TrayWiring(environment, settings, demo, arguments.demoDays(), language, new AwtTrayHost(), folders,
                    environment.autostart(), onExit);
            w.app().prepareIcon();
            wiring.set(w);
        } catch (RuntimeException e) {
            failure.set(e);
        }
        Optional<TrayUnavailableException> noTray = tray.join();
        if (noTray.isPresent()) {
            return noTray(noTray.get(), m, instance, err);
        }
        if (failure.get() == null) {
            try {
                SwingUtilities.invokeAndWait(() -> {
                    try {
                        wiring.get().app().start();
                    } catch (TrayUnavailableException | RuntimeException e) {
                        failure.set(e);
                    }
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure.set(e);
            } catch (java.lang.reflect.InvocationTargetException e) {
                failure.set(e.getCause() instanceof Exception x ? x : new IllegalStateException(e.getCause()));
            }
        }
        if (failure.get() instanceof TrayUnavailableException e) {
            return noTray(e, m, instance, err);
        }
        if (failure.get() != null) {
            LOG.log(Level.SEVERE, "The tray app could not start", failure.get());
            err.println(m.get("tray.error.startFailed", String.valueOf(failure.get().getMessage())));
            if (instance != null) {
                instance.close();
            }
            return EXIT_FAILED;
        }
        wiring.get().scheduler().start();
        LOG.info("Started" + (demo ? " in demo mode" : "") + (arguments.autostart() ? " at login" : ""));
        return -1;
    }

    private static int noTray(TrayUnavailableException e, Messages m, SingleInstance instance, PrintStream err) {
        String key = e.reason() == TrayUnavailableException.Reason.NO_DISPLAY ? "tray.error.noDisplay" : "tray.error.noTray";
        LOG.warning("No tray: " + e.reason() + " (" + e.getMessage() + ")");
        err.println(m.get(key));
        if (instance != null) {
            instance.close();
        }
        return EXIT_NO_TRAY;
    }

    /** The language setting, or the system's language when it says auto. */
    static Language chosenLanguage(Settings settings) {
        String tag = settings.get(SettingKeys.LANGUAGE);
        return Language.fromTag(tag).orElseGet(() -> Language.forLocale(Locale.getDefault()));
    }
}
