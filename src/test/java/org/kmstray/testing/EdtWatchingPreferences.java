package org.kmstray.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.prefs.AbstractPreferences;
import javax.swing.SwingUtilities;

/**
 * A preferences node in memory that notes every read or write made on the Swing event thread, where the real
 * store (the registry on Windows) must never be touched. A write of one key can be held until the test lets
 * it go, to stand for a slow store.
 */
public final class EdtWatchingPreferences extends AbstractPreferences {
    private final Map<String, String> values = new ConcurrentHashMap<>();
    private final List<String> onEdt = new CopyOnWriteArrayList<>();
    private volatile String heldKey;
    private volatile CountDownLatch release;

    public EdtWatchingPreferences() {
        super(null, "");
    }

    /** What was read or written on the event thread, e.g. {@code "get warn.days"}. */
    public List<String> usedOnEdt() {
        return List.copyOf(onEdt);
    }

    /** Holds every write of {@code key} until {@code release} counts down. */
    public void holdWritesOf(String key, CountDownLatch release) {
        this.release = release;
        this.heldKey = key;
    }

    private void note(String what) {
        if (SwingUtilities.isEventDispatchThread()) {
            onEdt.add(what);
        }
    }

    @Override
    protected void putSpi(String key, String value) {
        note("put " + key);
        if (key.equals(heldKey)) {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        values.put(key, value);
    }

    @Override
    protected String getSpi(String key) {
        note("get " + key);
        return values.get(key);
    }

    @Override
    protected void removeSpi(String key) {
        note("remove " + key);
        values.remove(key);
    }

    @Override
    protected void removeNodeSpi() {
        values.clear();
    }

    @Override
    protected String[] keysSpi() {
        note("keys");
        return values.keySet().toArray(new String[0]);
    }

    @Override
    protected String[] childrenNamesSpi() {
        return new String[0];
    }

    @Override
    protected AbstractPreferences childSpi(String name) {
        throw new UnsupportedOperationException("no child nodes");
    }

    @Override
    protected void syncSpi() {
        note("sync");
    }

    @Override
    protected void flushSpi() {
        note("flush");
    }
}
