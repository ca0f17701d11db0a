package org.kmstray.fleet;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kmstray.license.LicenseStatus;
import org.kmstray.renewal.RenewalOutcome;
import org.kmstray.renewal.RenewalReport;

class FleetReporterTest {
    private final SignalThrottleTest.ManualClock clock = new SignalThrottleTest.ManualClock();
    private final List<FleetEvent> sent = new ArrayList<>();

    @Test
    void checksEverySixHoursLeaveOneEventADay() {
        FleetReporter r = new FleetReporter(sent::add, new SignalThrottle(clock), () -> 30);
        for (int i = 0; i < 8; i++) {
            r.checked(FleetEventsTest.snapshot(FleetEventsTest.office(LicenseStatus.LICENSED, (20 - i / 4) * 1440L)));
            clock.advance(Duration.ofHours(6));
        }
        assertEquals(List.of(1001, 1001), sent.stream().map(FleetEvent::eventId).toList());
    }

    @Test
    void theWarningDaysSettingDecidesWhatIsExpiring() {
        FleetReporter r = new FleetReporter(sent::add, new SignalThrottle(clock), () -> 10);
        r.checked(FleetEventsTest.snapshot(FleetEventsTest.office(LicenseStatus.LICENSED, 20 * 1440L)));
        assertEquals(1000, sent.get(0).eventId());
    }

    @Test
    void aRenewalIsReportedBesideTheChecks() {
        FleetReporter r = new FleetReporter(sent::add, new SignalThrottle(clock), () -> 30);
        var state = FleetEventsTest.snapshot(FleetEventsTest.office(LicenseStatus.LICENSED, 20 * 1440L));
        r.checked(state);
        r.renewalFinished(new RenewalReport(RenewalOutcome.CANCELLED, null, null, List.of(), List.of(), null), state);
        assertEquals(List.of(1001, 2004), sent.stream().map(FleetEvent::eventId).toList());
    }

    @Test
    void aFailingSinkNeverReachesTheCaller() {
        FleetReporter r = new FleetReporter(e -> {
            throw new IllegalStateException("event log full");
        }, new SignalThrottle(clock), () -> 30);
        assertDoesNotThrow(() -> r.checked(FleetEventsTest.snapshot(FleetEventsTest.office(LicenseStatus.LICENSED, 20 * 1440L))));
    }
}
