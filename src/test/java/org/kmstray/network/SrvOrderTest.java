package org.kmstray.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SrvOrderTest {
    private static SrvRecord r(int priority, int weight, String target) {
        return new SrvRecord(priority, weight, 1688, target);
    }

    @Test
    void lowerPriorityAlwaysComesFirst() {
        List<SrvRecord> in = List.of(r(20, 100, "c"), r(0, 0, "a"), r(10, 5, "b"));
        for (int seed = 0; seed < 50; seed++) {
            List<String> order = SrvOrder.order(in, new SplittableRandom(seed)).stream().map(SrvRecord::target).toList();
            assertEquals(List.of("a", "b", "c"), order);
        }
    }

    @Test
    void withinAPriorityHeavierRecordsComeFirstMoreOften() {
        List<SrvRecord> in = List.of(r(0, 10, "light"), r(0, 90, "heavy"));
        SplittableRandom random = new SplittableRandom(42);
        int heavyFirst = 0;
        for (int i = 0; i < 2000; i++) {
            if (SrvOrder.order(in, random).get(0).target().equals("heavy")) {
                heavyFirst++;
            }
        }
        // Expected share about 90 %; the bounds are wide so only a broken weighting fails.
        assertTrue(heavyFirst > 1600 && heavyFirst < 1950, "heavy first " + heavyFirst + " of 2000");
    }

    @Test
    void everyRecordIsKeptOnce() {
        List<SrvRecord> in = List.of(r(0, 0, "a"), r(0, 0, "b"), r(0, 3, "c"), r(1, 0, "d"));
        List<SrvRecord> out = SrvOrder.order(in, new SplittableRandom(7));
        assertEquals(4, out.size());
        assertTrue(out.containsAll(in));
    }
}
