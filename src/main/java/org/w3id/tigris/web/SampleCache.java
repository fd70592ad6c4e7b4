package org.w3id.tigris.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The samples of the scopes pages showed last ({@link ScopeSample}, with what was counted from
 * them), kept for the state of the store they were read from: a page shown again while the store
 * is unchanged does not read its scope again, and after a write the next page reads it anew
 * (the key holds the {@link StoreState}). Bounded: the least recently used goes first.
 */
final class SampleCache {
    private record Key(StoreState state, ActivityScope scope, FacetSelection facets) {
    }

    private final int capacity;
    private final Map<Key, ScopeSample> kept;

    SampleCache(int capacity) {
        this.capacity = capacity;
        this.kept = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** The sample kept for the scope and filters in this state of the store, else {@code read}'s, kept. */
    ScopeSample get(Optional<StoreState> state, ActivityScope scope, FacetSelection facets, Supplier<ScopeSample> read) {
        if (state.isEmpty()) {
            return read.get();
        }
        Key key = new Key(state.get(), scope, facets);
        synchronized (this) {
            ScopeSample sample = kept.get(key);
            if (sample != null) {
                return sample;
            }
        }
        ScopeSample sample = read.get();
        synchronized (this) {
            kept.keySet().removeIf(k -> !k.state().equals(state.get()));
            kept.put(key, sample);
            while (kept.size() > capacity) {
                kept.remove(kept.keySet().iterator().next());
            }
        }
        return sample;
    }
}
