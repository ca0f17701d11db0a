package org.kmstray;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.kmstray.license.LicenseReader;
import org.kmstray.license.LicenseReading;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.reminder.AppState;
import org.kmstray.reminder.AppStateListener;
import org.kmstray.renewal.RenewalReport;
import org.kmstray.renewal.RenewalRequest;
import org.kmstray.renewal.Renewer;
import org.kmstray.ui.app.TrayApp;
import org.kmstray.ui.app.TrayBackend;

/** Reads and renews through the services directly, keeping the latest state for the tray. */
final class DirectBackend implements TrayBackend {
    private final LicenseReader reader;
    private final Optional<Renewer> renewer;
    private final Clock clock;
    private final boolean demo;
    private final List<AppStateListener> listeners = new CopyOnWriteArrayList<>();
    private volatile AppState state;

    DirectBackend(LicenseReader reader, Optional<Renewer> renewer, Clock clock, boolean demo) {
        this.reader = reader;
        this.renewer = renewer;
        this.clock = clock;
        this.demo = demo;
        this.state = TrayApp.starting(demo);
    }

    @Override
    public AppState current() {
        return state;
    }

    @Override
    public AppState check() {
        AppState s = next(reader.read(), Optional.empty());
        listeners.forEach(l -> l.checked(s));
        return s;
    }

    @Override
    public CompletableFuture<RenewalReport> renew(RenewalRequest request) {
        if (renewer.isEmpty()) {
            return new CompletableFuture<>();
        }
        return renewer.get().renew(request).thenApply(report -> {
            AppState s = next(report.stateAfter(), Optional.of(report));
            listeners.forEach(l -> l.renewalFinished(report, s));
            return report;
        });
    }

    @Override
    public void addListener(AppStateListener listener) {
        listeners.add(listener);
    }

    private synchronized AppState next(LicenseReading reading, Optional<RenewalReport> renewal) {
        AppState old = state;
        Optional<LicenseSnapshot> good = reading instanceof LicenseSnapshot s ? Optional.of(s) : old.lastGood();
        AppState s = new AppState(reading, good, renewal.map(r -> Optional.ofNullable(r.location())).orElse(old.location()),
                renewal.map(r -> Optional.ofNullable(r.probe())).orElse(old.probe()),
                renewal.isPresent() ? renewal : old.lastRenewal(), Optional.of(clock.instant()), false, demo);
        state = s;
        return s;
    }
}
