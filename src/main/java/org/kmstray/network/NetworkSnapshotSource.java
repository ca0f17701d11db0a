package org.kmstray.network;

/** Takes network snapshots; the OSHI adapter implements it on every OS. */
@FunctionalInterface
public interface NetworkSnapshotSource {
    /** Never throws; an empty snapshot when nothing could be read. */
    NetworkSnapshot take();
}
