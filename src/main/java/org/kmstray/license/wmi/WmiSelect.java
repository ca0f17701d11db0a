package org.kmstray.license.wmi;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One WQL {@code SELECT} of named properties from one class.
 *
 * <p>The properties are listed rather than selected with {@code *} so that a reader gets exactly what it
 * maps, and so that the list can be cut to what the running Windows version knows: naming a property a
 * class lacks makes the whole query fail with "invalid query".
 *
 * @param namespace e.g. {@link #CIMV2}
 * @param where a WQL condition without the keyword, or null; written in code, never taken from input
 */
public record WmiSelect(String namespace, String className, List<String> properties, String where) {
    public static final String CIMV2 = "ROOT\\CIMV2";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public WmiSelect {
        Objects.requireNonNull(namespace, "namespace");
        requireIdentifier(className);
        properties = List.copyOf(properties);
        if (properties.isEmpty()) {
            throw new IllegalArgumentException("a select needs at least one property");
        }
        properties.forEach(WmiSelect::requireIdentifier);
    }

    /** The query text as WMI receives it. */
    public String wql() {
        String select = "SELECT " + String.join(", ", properties) + " FROM " + className;
        return where == null ? select : select + " WHERE " + where;
    }

    public WmiSelect withProperties(List<String> other) {
        return new WmiSelect(namespace, className, other, where);
    }

    private static void requireIdentifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a WMI identifier: " + name);
        }
    }
}
