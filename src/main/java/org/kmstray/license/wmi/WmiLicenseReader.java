package org.kmstray.license.wmi;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kmstray.license.LicenseReader;
import org.kmstray.license.LicenseReading;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.Product;
import org.kmstray.license.Unreadable;

/**
 * Reads this PC's licenses through WMI, as the signed-in user (never elevated): reading needs no
 * administrator rights (licensing reference §1.4).
 *
 * <p>Both product classes of {@code root\cimv2} are asked: SoftwareLicensingProduct (Windows, and
 * Office 2013+ on Windows 8+) and OfficeSoftwareProtectionProduct (Office 2010 everywhere, Office
 * 2013/2016 on Windows 7). A class that does not exist here is skipped quietly. When a product query
 * fails otherwise, the reading would be incomplete, so the fallback reader (ospp.vbs) is asked; its
 * Office products are added to whatever WMI did return. When nothing works the result is
 * {@link Unreadable}, never an empty or made-up list. A query that times out ends the WMI part at once: a
 * hung WMI service hangs every further query too.
 *
 * <p>Wiring on Windows (entry point): {@code new WmiLicenseReader(new OshiWmiQueryRunner(timeout), clock,
 * Optional.of(osppScriptReader))}.
 */
public final class WmiLicenseReader implements LicenseReader {
    public static final String SOURCE = "wmi";
    private static final Logger LOG = Logger.getLogger(WmiLicenseReader.class.getName());

    private final WmiQueryRunner runner;
    private final Clock clock;
    private final Optional<LicenseReader> fallback;

    public WmiLicenseReader(WmiQueryRunner runner, Clock clock, Optional<LicenseReader> fallback) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    @Override
    public LicenseReading read() {
        Optional<WindowsVersion> version;
        try {
            version = OperatingSystemQuery.version(runner);
        } catch (WmiQueryException timedOut) {
            LOG.log(Level.WARNING, "WMI did not answer the Windows version query: {0}", timedOut.getMessage());
            return fallBack(List.of(), timedOut);
        }
        List<Product> products = new ArrayList<>();
        WmiQueryException failure = null;
        try {
            addProducts(SoftwareLicensingProductQuery.run(runner, version), products);
        } catch (WmiQueryException e) {
            failure = skipMissingClass(e, SoftwareLicensingProductQuery.CLASS);
        }
        // After a timeout the next query would hang as long again: the script reader answers instead.
        if (failure == null || failure.kind() != WmiQueryException.Kind.TIMED_OUT) {
            try {
                addProducts(OfficeSoftwareProtectionProductQuery.run(runner), products);
            } catch (WmiQueryException e) {
                WmiQueryException f = skipMissingClass(e, OfficeSoftwareProtectionProductQuery.CLASS);
                failure = failure != null ? failure : f;
            }
        }
        if (failure == null) {
            return new LicenseSnapshot(SOURCE, clock.instant(), products);
        }
        LOG.log(Level.WARNING, "WMI license query failed on Windows {0}: {1}",
                new Object[] {version.map(Object::toString).orElse("?"), failure.getMessage()});
        return fallBack(products, failure);
    }

    private LicenseReading fallBack(List<Product> fromWmi, WmiQueryException failure) {
        if (fallback.isEmpty()) {
            return failure.kind() == WmiQueryException.Kind.TIMED_OUT
                    ? new Unreadable(SOURCE, "read.wmi.timedOut", new Object[] {seconds(failure)})
                    : new Unreadable(SOURCE, "read.wmi.failed", new Object[] {failure.detail()});
        }
        LicenseReading other = fallback.get().read();
        if (!(other instanceof LicenseSnapshot snapshot)) {
            return other;
        }
        if (fromWmi.isEmpty()) {
            return snapshot;
        }
        List<Product> merged = new ArrayList<>(fromWmi);
        Set<String> seen = new LinkedHashSet<>();
        fromWmi.forEach(p -> seen.add(identity(p)));
        for (Product p : snapshot.products()) {
            if (seen.add(identity(p))) {
                merged.add(p);
            }
        }
        return new LicenseSnapshot(SOURCE + "+" + snapshot.source(),
                snapshot.readAt() != null ? snapshot.readAt() : clock.instant(), merged);
    }

    private static WmiQueryException skipMissingClass(WmiQueryException e, String className) {
        if (e.kind() == WmiQueryException.Kind.INVALID_CLASS) {
            LOG.log(Level.FINE, "{0} does not exist on this PC", className);
            return null;
        }
        return e;
    }

    private static void addProducts(List<WmiRow> rows, List<Product> into) {
        for (WmiRow row : rows) {
            ProductRowMapper.toProduct(row).ifPresent(into::add);
        }
    }

    /** The same license seen by both WMI and the script: its SKU ID, else its key ending. */
    private static String identity(Product p) {
        return p.skuId() != null ? "sku:" + p.skuId() : "key:" + p.partialKey() + "|" + p.name();
    }

    private static String seconds(WmiQueryException e) {
        return e.timeLimit().map(d -> String.valueOf(Math.max(1, d.toSeconds()))).orElse("?");
    }
}
