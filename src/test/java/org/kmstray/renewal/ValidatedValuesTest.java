package org.kmstray.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmstray.settings.HostName;

/** Only validated values can make up an activation plan. */
class ValidatedValuesTest {
    @ParameterizedTest
    @ValueSource(strings = {"85dd8b5f", "{85dd8b5f-eaa4-4af3-a628-cce9e77c9a03}", "85dd8b5f-eaa4-4af3-a628-cce9e77c9a03\n",
            " 85dd8b5f-eaa4-4af3-a628-cce9e77c9a03", "85dd8b5f-eaa4-4af3-a628-cce9e77c9a0g", "85dd8b5f'-eaa4-4af3-a628-cce9e77c9a03",
            "85dd8b5feaa44af3a628cce9e77c9a03", "' OR ID LIKE '%", ""})
    void aSkuThatIsNotAStrictGuidIsRefused(String text) {
        assertTrue(SkuId.parse(text).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new SkuId(text));
    }

    @Test
    void aSkuIsKeptInLowerCase() {
        assertEquals("85dd8b5f-eaa4-4af3-a628-cce9e77c9a03", new SkuId("85DD8B5F-EAA4-4AF3-A628-CCE9E77C9A03").value());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 65536, 70000})
    void aPortOutside1To65535IsRefused(int port) {
        HostName host = new HostName("kms.example.edu");
        assertThrows(IllegalArgumentException.class, () -> new KmsEndpoint(host, port));
        assertThrows(IllegalArgumentException.class, () -> new RenewalRequest(Optional.empty(), Optional.of(port)));
    }

    @Test
    void aPlanNamesEachProductOnce() {
        PlannedActivation a = new PlannedActivation(new SkuId(Fixtures.PROPLUS_SKU), "a", Optional.empty());
        assertThrows(IllegalArgumentException.class, () -> new ActivationPlan(java.util.List.of(a, a)));
        assertThrows(IllegalArgumentException.class, () -> new ActivationPlan(java.util.List.of()));
    }
}
