package io.pkgguard.core.transport;

import io.pkgguard.api.HttpTransport;
import io.pkgguard.api.TransportException;
import io.pkgguard.api.TransportRequest;
import io.pkgguard.api.TransportResponse;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-memory HTTP cache for index documents. A 200 response is kept for as long as its {@code
 * Cache-Control: max-age} says and served from memory meanwhile, with no network I/O; after that
 * it is revalidated with {@code If-None-Match} / {@code If-Modified-Since}, and a 304 serves the
 * kept body again. {@code no-store} responses are not kept, {@code no-cache} ones always
 * revalidate. Errors are never answered from the cache: stale metadata could hide a yank or a
 * takedown. Entries are keyed by URI and request headers and kept in a {@link CacheStore}: in
 * memory ({@link #inMemory}) or in a directory that processes may share ({@link #onDisk}).
 * {@code file:} requests are not cached. Thread-safe.
 */
public final class CachingTransport implements HttpTransport {

  private static final Pattern MAX_AGE = Pattern.compile("(?:^|[,\\s])(?:s-)?max-age=(\\d{1,9})");

  private final HttpTransport delegate;
  private final CacheStore store;
  private final Clock clock;

  /**
   * @param delegate fetches what the cache cannot answer
   * @param store where entries are kept
   * @param clock decides freshness
   */
  public CachingTransport(HttpTransport delegate, CacheStore store, Clock clock) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A cache in memory holding at most {@code capacityBytes} of bodies, least recently used out. */
  public static CachingTransport inMemory(HttpTransport delegate, long capacityBytes, Clock clock) {
    return new CachingTransport(delegate, new MemoryCacheStore(capacityBytes), clock);
  }

  /** A cache in a directory that several processes may share, holding at most {@code maxBytes}. */
  public static CachingTransport onDisk(
      HttpTransport delegate, java.nio.file.Path directory, long maxBytes, Clock clock) {
    return new CachingTransport(delegate, new DiskCacheStore(directory, maxBytes), clock);
  }

  /** What identifies a cached response: the URI and the request headers. */
  record Key(URI uri, Map<String, String> headers) {}

  /** A kept response with what decides its freshness and revalidation. */
  record Entry(
      TransportResponse response,
      Instant storedAt,
      Duration maxAge,
      Optional<String> etag,
      Optional<String> lastModified) {

    boolean isFresh(Instant now) {
      return now.isBefore(storedAt.plus(maxAge));
    }
  }

  @Override
  public TransportResponse get(TransportRequest request) throws TransportException {
    if ("file".equalsIgnoreCase(request.uri().getScheme())
        || request.body().isPresent()
        || request.bodyFile().isPresent()) {
      return delegate.get(request);
    }
    Key key = new Key(request.uri(), new TreeMap<>(request.headers()));
    Entry cached = store.get(key).orElse(null);
    Instant now = clock.instant();
    if (cached != null && cached.isFresh(now)) {
      return cached.response();
    }
    TransportRequest outgoing = request;
    if (cached != null && (cached.etag().isPresent() || cached.lastModified().isPresent())) {
      Map<String, String> headers = new HashMap<>(request.headers());
      cached.etag().ifPresent(tag -> headers.put("If-None-Match", tag));
      cached.lastModified().ifPresent(date -> headers.put("If-Modified-Since", date));
      outgoing = request.withHeaders(headers);
    }
    TransportResponse response = delegate.get(outgoing);
    if (response.status() == 304 && cached != null) {
      store(key, cached.response(), response, clock.instant());
      return cached.response();
    }
    if (response.status() == 200) {
      store(key, response, response, clock.instant());
    }
    return response;
  }

  /** How many responses are kept. */
  public int size() {
    return store.size();
  }

  private void store(Key key, TransportResponse body, TransportResponse headersFrom, Instant now) {
    String cacheControl =
        String.join(",", headersFrom.headers().getOrDefault("cache-control", List.of()))
            .toLowerCase(Locale.ROOT);
    if (cacheControl.contains("no-store") || cacheControl.contains("private")) {
      store.remove(key);
      return;
    }
    Duration maxAge = Duration.ZERO;
    Matcher m = MAX_AGE.matcher(cacheControl);
    if (m.find() && !cacheControl.contains("no-cache")) {
      maxAge = Duration.ofSeconds(Long.parseLong(m.group(1)));
    }
    Optional<String> etag = headersFrom.header("ETag").or(() -> body.header("ETag"));
    Optional<String> lastModified =
        headersFrom.header("Last-Modified").or(() -> body.header("Last-Modified"));
    if (maxAge.isZero() && etag.isEmpty() && lastModified.isEmpty()) {
      store.remove(key);
      return; // Neither fresh for a while nor revalidatable: nothing to gain.
    }
    store.put(key, new Entry(body, now, maxAge, etag, lastModified));
  }
}
