package org.kmstray.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kmstray.network.Location;
import org.kmstray.network.ProbeOutcome;

class RenewalGateTest {
    @ParameterizedTest(name = "probe {0} at {1} -> {2}")
    @CsvSource({
            "KMS_ANSWERED, ON_CAMPUS,  PROCEED",
            "KMS_ANSWERED, ON_VPN,     PROCEED",
            "KMS_ANSWERED, OFF_CAMPUS, PROCEED",
            "KMS_ANSWERED, UNKNOWN,    PROCEED",
            "TIMEOUT,      OFF_CAMPUS, VPN_REQUIRED",
            "TIMEOUT,      UNKNOWN,    VPN_REQUIRED",
            "TIMEOUT,      ON_CAMPUS,  KMS_UNREACHABLE",
            "TIMEOUT,      ON_VPN,     KMS_UNREACHABLE",
            "REFUSED,      OFF_CAMPUS, VPN_REQUIRED",
            "REFUSED,      ON_CAMPUS,  KMS_UNREACHABLE",
            "DNS_FAILED,   UNKNOWN,    VPN_REQUIRED",
            "DNS_FAILED,   ON_VPN,     KMS_UNREACHABLE",
            "NO_HOST,      OFF_CAMPUS, VPN_REQUIRED",
            "NO_HOST,      ON_CAMPUS,  KMS_UNREACHABLE",
            "NOT_KMS,      UNKNOWN,    VPN_REQUIRED",
            "NOT_KMS,      ON_VPN,     KMS_UNREACHABLE",
    })
    void decidesFromTheProbeFirstAndFromTheLocationOnlyWhenTheHostIsSilent(ProbeOutcome outcome, Location location,
            RenewalGate.Decision expected) {
        assertEquals(expected, RenewalGate.decide(Fixtures.probe(outcome), Fixtures.at(location)));
    }

    @org.junit.jupiter.api.Test
    void treatsAMissingProbeAndAMissingLocationAsSilentHostAtAnUnknownPlace() {
        assertEquals(RenewalGate.Decision.VPN_REQUIRED, RenewalGate.decide(null, null));
    }
}
