package org.kmstray.platform.windows;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.COM.COMException;
import com.sun.jna.platform.win32.COM.COMUtils;
import com.sun.jna.platform.win32.COM.Wbemcli;
import com.sun.jna.platform.win32.COM.Wbemcli.IEnumWbemClassObject;
import com.sun.jna.platform.win32.COM.Wbemcli.IWbemClassObject;
import com.sun.jna.platform.win32.COM.Wbemcli.IWbemServices;
import com.sun.jna.platform.win32.COM.WbemcliUtil;
import com.sun.jna.platform.win32.OleAuto;
import com.sun.jna.platform.win32.Variant;
import com.sun.jna.platform.win32.Variant.VARIANT;
import com.sun.jna.platform.win32.WTypes.BSTR;
import com.sun.jna.platform.win32.WinNT.HRESULT;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.kmstray.license.wmi.WmiQueryException;
import org.kmstray.license.wmi.WmiQueryRunner;
import org.kmstray.license.wmi.WmiRow;
import org.kmstray.license.wmi.WmiSelect;
import oshi.util.platform.windows.WmiQueryHandler;

/**
 * Runs WMI queries on Windows: COM is set up by OSHI 7.5.0's {@link WmiQueryHandler} (threading model,
 * process-wide security, shared with OSHI's own queries), the query itself goes through JNA's WMI client.
 *
 * <p>Not {@code WmiQueryHandler.queryWMI}: it takes the select list as a compile-time enum, and it logs
 * and swallows failures, returning an empty result for a missing class, an invalid query and a broken
 * WMI alike. The license reader needs the select list per Windows version and must tell those apart.
 *
 * <p>Each query runs on its own daemon thread with COM initialised there, and the caller waits at most
 * the timeout: a WMI service that hangs in a native call cannot be interrupted, only abandoned.
 */
public final class OshiWmiQueryRunner implements WmiQueryRunner {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** Time for the COM thread to report its own timeout before the caller stops waiting for it. */
    private static final Duration GRACE = Duration.ofSeconds(2);
    private static final ExecutorService COM_THREADS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "wmi-query");
        t.setDaemon(true);
        return t;
    });

    private final Duration timeout;

    public OshiWmiQueryRunner(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("a WMI query needs a positive timeout");
        }
    }

    @Override
    public List<WmiRow> query(WmiSelect select) throws WmiQueryException {
        if (!WindowsOnly.isWindows()) {
            throw new WmiQueryException(WmiQueryException.Kind.FAILED, null,
                    "WMI exists only on Windows; this system is " + System.getProperty("os.name") + ".");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        Future<List<WmiRow>> result = COM_THREADS.submit(() -> queryOnComThread(select, deadline));
        try {
            return result.get(timeout.plus(GRACE).toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw WmiQueryException.timedOut(timeout);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WmiQueryException w) {
                throw w;
            }
            throw new WmiQueryException(WmiQueryException.Kind.FAILED, "WMI query failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.cancel(true);
            throw new WmiQueryException(WmiQueryException.Kind.FAILED, "interrupted while waiting for WMI", e);
        }
    }

    private List<WmiRow> queryOnComThread(WmiSelect select, long deadline) throws WmiQueryException {
        WmiQueryHandler com = WmiQueryHandler.createInstance();
        if (com == null) {
            throw new WmiQueryException(WmiQueryException.Kind.FAILED, null, "OSHI could not create its WMI handler");
        }
        boolean comInitialised;
        try {
            comInitialised = com.initCOM();
        } catch (COMException e) {
            throw failure("COM initialisation failed", e);
        }
        try {
            IWbemServices services = WbemcliUtil.connectServer(select.namespace());
            try {
                return execute(services, select, deadline);
            } finally {
                services.Release();
            }
        } catch (COMException e) {
            throw failure("WMI connection to " + select.namespace() + " failed", e);
        } finally {
            if (comInitialised) {
                com.unInitCOM();
            }
        }
    }

    private List<WmiRow> execute(IWbemServices services, WmiSelect select, long deadline) throws WmiQueryException {
        PointerByReference enumerator = new PointerByReference();
        BSTR language = OleAuto.INSTANCE.SysAllocString("WQL");
        BSTR query = OleAuto.INSTANCE.SysAllocString(select.wql());
        HRESULT hr;
        try {
            hr = services.ExecQuery(language, query, Wbemcli.WBEM_FLAG_FORWARD_ONLY | Wbemcli.WBEM_FLAG_RETURN_IMMEDIATELY,
                    null, enumerator);
        } finally {
            OleAuto.INSTANCE.SysFreeString(query);
            OleAuto.INSTANCE.SysFreeString(language);
        }
        if (COMUtils.FAILED(hr)) {
            throw WmiQueryException.ofHresult(hr.intValue(), select.wql());
        }
        IEnumWbemClassObject results = new IEnumWbemClassObject(enumerator.getValue());
        try {
            List<WmiRow> rows = new ArrayList<>();
            Pointer[] next = new Pointer[1];
            IntByReference returned = new IntByReference();
            while (true) {
                long leftMs = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (leftMs <= 0) {
                    throw WmiQueryException.timedOut(timeout);
                }
                // With RETURN_IMMEDIATELY an invalid class or query surfaces here rather than at ExecQuery.
                HRESULT step = results.Next((int) Math.min(leftMs, Integer.MAX_VALUE), 1, next, returned);
                if (step.intValue() == Wbemcli.WBEM_S_TIMEDOUT) {
                    throw WmiQueryException.timedOut(timeout);
                }
                if (COMUtils.FAILED(step)) {
                    throw WmiQueryException.ofHresult(step.intValue(), select.wql());
                }
                if (returned.getValue() == 0) {
                    return rows;
                }
                IWbemClassObject instance = new IWbemClassObject(next[0]);
                try {
                    rows.add(read(instance, select.properties()));
                } finally {
                    instance.Release();
                }
            }
        } finally {
            results.Release();
        }
    }

    private static WmiRow read(IWbemClassObject instance, List<String> properties) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String name : properties) {
            VARIANT.ByReference value = new VARIANT.ByReference();
            IntByReference cimType = new IntByReference();
            HRESULT hr = instance.Get(name, 0, value, cimType, null);
            try {
                values.put(name, COMUtils.SUCCEEDED(hr) ? convert(value, cimType.getValue()) : null);
            } finally {
                OleAuto.INSTANCE.VariantClear(value);
            }
        }
        return new WmiRow(values);
    }

    /** Strings and integers, as the license properties are; null for VT_NULL and anything else. */
    private static Object convert(VARIANT value, int cimType) {
        if (value.getValue() == null) {
            return null;
        }
        return switch (value.getVarType().intValue()) {
            case Variant.VT_BSTR -> value.stringValue();
            case Variant.VT_I4 -> WmiIntegers.widen(value.intValue(), cimType);
            case Variant.VT_I2 -> WmiIntegers.widen(value.shortValue(), cimType);
            case Variant.VT_UI1 -> WmiIntegers.widen(value.byteValue(), WmiIntegers.CIM_UINT8);
            default -> null;
        };
    }

    private static WmiQueryException failure(String what, COMException e) {
        HRESULT hr = e.getHresult();
        return hr != null ? WmiQueryException.ofHresult(hr.intValue(), what + ": " + e.getMessage())
                : new WmiQueryException(WmiQueryException.Kind.FAILED, what + ": " + e.getMessage(), e);
    }
}
