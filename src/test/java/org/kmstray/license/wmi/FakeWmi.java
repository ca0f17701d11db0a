package org.kmstray.license.wmi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A WMI stand-in that behaves as WMI does where the reader depends on it: a class that is not there
 * answers "invalid class", a select naming a property the class lacks answers "invalid query", and only
 * the selected properties come back.
 */
final class FakeWmi implements WmiQueryRunner {
    private final Map<String, List<Map<String, Object>>> classes = new HashMap<>();
    private final Map<String, WmiQueryException> failures = new HashMap<>();
    private final Map<String, Set<String>> missingProperties = new HashMap<>();
    final List<WmiSelect> asked = new ArrayList<>();

    /** A PC whose Win32_OperatingSystem.Version is {@code version}. */
    static FakeWmi windows(String version) {
        FakeWmi w = new FakeWmi();
        w.with("Win32_OperatingSystem", RecordedRows.row("Version", version));
        return w;
    }

    @SafeVarargs
    final FakeWmi with(String className, Map<String, Object>... rows) {
        classes.computeIfAbsent(className, k -> new ArrayList<>()).addAll(List.of(rows));
        return this;
    }

    /** The class exists but lacks these properties (as SoftwareLicensingProduct on Windows 7). */
    FakeWmi without(String className, String... properties) {
        missingProperties.computeIfAbsent(className, k -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER))
                .addAll(List.of(properties));
        return this;
    }

    FakeWmi failing(String className, WmiQueryException e) {
        failures.put(className, e);
        return this;
    }

    List<String> classesAsked() {
        return asked.stream().map(WmiSelect::className).toList();
    }

    @Override
    public List<WmiRow> query(WmiSelect select) throws WmiQueryException {
        asked.add(select);
        WmiQueryException failure = failures.get(select.className());
        if (failure != null) {
            throw failure;
        }
        List<Map<String, Object>> rows = classes.get(select.className());
        if (rows == null) {
            throw WmiQueryException.ofHresult(WmiQueryException.WBEM_E_INVALID_CLASS, "Invalid class");
        }
        for (String p : select.properties()) {
            if (missingProperties.getOrDefault(select.className(), Set.of()).contains(p)) {
                throw WmiQueryException.ofHresult(WmiQueryException.WBEM_E_INVALID_QUERY, "Invalid query");
            }
        }
        List<WmiRow> out = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> projected = new LinkedHashMap<>();
            for (String p : select.properties()) {
                row.keySet().stream().filter(p::equalsIgnoreCase).findFirst().ifPresent(k -> projected.put(p, row.get(k)));
            }
            out.add(new WmiRow(projected));
        }
        return out;
    }
}
