package io.pkgguard.core.transport;

import java.util.LinkedHashMap;
import java.util.Optional;

/** Entries in memory within a byte budget, least recently used evicted first. */
final class MemoryCacheStore implements CacheStore {

  private final long capacityBytes;
  private final LinkedHashMap<CachingTransport.Key, CachingTransport.Entry> entries =
      new LinkedHashMap<>(64, 0.75f, true);
  private long sizeBytes;

  MemoryCacheStore(long capacityBytes) {
    this.capacityBytes = capacityBytes;
  }

  @Override
  public synchronized Optional<CachingTransport.Entry> get(CachingTransport.Key key) {
    return Optional.ofNullable(entries.get(key));
  }

  @Override
  public synchronized void put(CachingTransport.Key key, CachingTransport.Entry entry) {
    remove(key);
    long length = entry.response().bodyLength();
    if (length > capacityBytes) {
      return;
    }
    entries.put(key, entry);
    sizeBytes += length;
    var eldest = entries.entrySet().iterator();
    while (sizeBytes > capacityBytes && eldest.hasNext()) {
      sizeBytes -= eldest.next().getValue().response().bodyLength();
      eldest.remove();
    }
  }

  @Override
  public synchronized void remove(CachingTransport.Key key) {
    CachingTransport.Entry previous = entries.remove(key);
    if (previous != null) {
      sizeBytes -= previous.response().bodyLength();
    }
  }

  @Override
  public synchronized int size() {
    return entries.size();
  }
}
