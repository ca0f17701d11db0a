package org.kmstray.license.wmi;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One instance returned by a query: property values by name, compared without case as WMI does.
 * A value is a {@link String}, a {@link Long} (every WMI integer, uint32 included, fits) or null for a
 * property that is null or was not returned.
 */
public final class WmiRow {
    private final Map<String, Object> values;

    public WmiRow(Map<String, ?> values) {
        Map<String, Object> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        values.forEach((name, value) -> {
            if (value != null && !(value instanceof String) && !(value instanceof Long)) {
                throw new IllegalArgumentException(name + " holds a " + value.getClass().getSimpleName()
                        + "; a row holds String, Long or null");
            }
            copy.put(name, value);
        });
        this.values = Collections.unmodifiableMap(copy);
    }

    /** The text of a string property; a number is given in decimal. Null when absent or null. */
    public String string(String name) {
        Object v = values.get(name);
        return v == null ? null : v.toString();
    }

    /** The value of an integer property. Null when absent, null, or not a whole number. */
    public Long number(String name) {
        Object v = values.get(name);
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof String s && s.trim().matches("-?\\d{1,18}")) {
            // WMI hands 64-bit integers over as strings.
            return Long.parseLong(s.trim());
        }
        return null;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
