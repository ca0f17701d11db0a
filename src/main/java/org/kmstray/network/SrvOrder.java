package org.kmstray.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * Orders SRV records the way RFC 2782 asks clients to: lowest priority first; within one priority a
 * weighted random order where a record's chance to come next is its share of the remaining weight
 * (records of weight 0 are put first in the running sum, so they are picked only rarely).
 */
public final class SrvOrder {
    private SrvOrder() {
    }

    public static List<SrvRecord> order(List<SrvRecord> records, RandomGenerator random) {
        TreeMap<Integer, List<SrvRecord>> byPriority = new TreeMap<>();
        for (SrvRecord r : records) {
            byPriority.computeIfAbsent(r.priority(), p -> new ArrayList<>()).add(r);
        }
        List<SrvRecord> out = new ArrayList<>(records.size());
        for (List<SrvRecord> group : byPriority.values()) {
            List<SrvRecord> left = new ArrayList<>(group);
            left.sort(Comparator.comparingInt(r -> r.weight() == 0 ? 0 : 1));
            while (!left.isEmpty()) {
                long total = 0;
                for (SrvRecord r : left) {
                    total += r.weight();
                }
                long pick = total == 0 ? 0 : random.nextLong(total + 1);
                long running = 0;
                int chosen = left.size() - 1;
                for (int i = 0; i < left.size(); i++) {
                    running += left.get(i).weight();
                    if (running >= pick) {
                        chosen = i;
                        break;
                    }
                }
                out.add(left.remove(chosen));
            }
        }
        return out;
    }
}
