package io.pkgguard.core.transport;

import java.util.Optional;

/** Where {@link CachingTransport} keeps responses. Implementations are thread-safe. */
interface CacheStore {

  /** The entry kept for {@code key}, if any. */
  Optional<CachingTransport.Entry> get(CachingTransport.Key key);

  /** Keeps an entry, replacing any for the same key; may evict others to stay within bounds. */
  void put(CachingTransport.Key key, CachingTransport.Entry entry);

  /** Forgets the entry for {@code key}, if any. */
  void remove(CachingTransport.Key key);

  /** How many entries are kept. */
  int size();
}
