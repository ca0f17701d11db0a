package org.kmstray.license.wmi;

import java.util.List;

/**
 * Runs WMI queries. The Windows implementation lives in {@code org.kmstray.platform.windows}; tests use
 * a fake holding recorded values. Implementations bound every query by a timeout.
 */
@FunctionalInterface
public interface WmiQueryRunner {
    /** The instances the query returns, in WMI's order; an empty list when there are none. */
    List<WmiRow> query(WmiSelect select) throws WmiQueryException;
}
