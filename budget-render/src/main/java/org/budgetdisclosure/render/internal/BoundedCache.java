package org.budgetdisclosure.render.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A cache keyed by value that holds at most a given number of entries, dropping the least recently used: what a
 * long-running server needs of a cache it fills per request (fonts, template engines), so that it never grows
 * without bound. Thread-safe; a value is computed under the cache's lock, once per key while it is held.
 *
 * @param <K> the key, with value equality
 * @param <V> the value
 */
public final class BoundedCache<K, V> {

    private final int capacity;
    private final Map<K, V> entries;

    /** @param capacity the most entries it holds, at least 1 */
    public BoundedCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a cache holds at least one entry, not " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > BoundedCache.this.capacity;
            }
        };
    }

    /**
     * @param key the key, not null
     * @param compute makes the value of a key not held, not null; returns non-null
     * @return the value held for the key, computed if none is; never null
     */
    public synchronized V get(K key, Function<? super K, ? extends V> compute) {
        Objects.requireNonNull(key, "key");
        V value = entries.get(key);
        if (value == null) {
            value = Objects.requireNonNull(compute.apply(key), "value");
            entries.put(key, value);
        }
        return value;
    }

    /** @return how many entries it holds now, at most {@link #capacity()} */
    public synchronized int size() {
        return entries.size();
    }

    /** @return the most entries it holds */
    public int capacity() {
        return capacity;
    }
}
