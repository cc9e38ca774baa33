package io.pkgguard.source.conda.channel;

import com.github.luben.zstd.ZstdInputStream;
import io.pkgguard.api.HttpTransport;
import io.pkgguard.api.SourceException;
import io.pkgguard.api.SourceException.Reason;
import io.pkgguard.api.TransportException;
import io.pkgguard.api.TransportRequest;
import io.pkgguard.api.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A channel's repodata, one file per subdir, fetched as conda fetches it and kept while fresh:
 * {@code repodata.json.zst} first (what conda-forge serves compressed), {@code repodata.json} if
 * the channel has no compressed variant; revalidated with {@code If-None-Match} / {@code
 * If-Modified-Since} once older than the server's {@code Cache-Control: max-age} (at least {@code
 * minFresh}), a 304 keeping the file. A subdir the channel does not have (404) is empty. Each
 * subdir is fetched by one thread at a time; others wait for its result. Thread-safe.
 */
final class RepodataCache {

  private static final Logger LOG = LoggerFactory.getLogger(RepodataCache.class);
  private static final Pattern MAX_AGE = Pattern.compile("max-age\\s*=\\s*(\\d{1,9})");

  private final HttpTransport transport;
  private final Path directory;
  private final Clock clock;
  private final Duration timeout;
  private final long maxDownloadBytes;
  private final long maxRepodataBytes;
  private final Duration minFresh;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Map<String, Object> locks = new ConcurrentHashMap<>();

  /** What is kept per subdir. */
  private record Entry(
      Optional<RepodataIndex> index,
      URI url,
      Instant freshUntil,
      Optional<String> etag,
      Optional<String> lastModified) {}

  RepodataCache(
      HttpTransport transport,
      Path directory,
      Clock clock,
      Duration timeout,
      long maxDownloadBytes,
      long maxRepodataBytes,
      Duration minFresh) {
    this.transport = transport;
    this.directory = directory;
    this.clock = clock;
    this.timeout = timeout;
    this.maxDownloadBytes = maxDownloadBytes;
    this.maxRepodataBytes = maxRepodataBytes;
    this.minFresh = minFresh;
  }

  /** The subdir's index and the URL it was read from; empty if the channel has no such subdir. */
  Optional<Located> subdir(URI channel, String subdir) throws SourceException {
    String key = channel + "/" + subdir;
    Entry cached = entries.get(key);
    if (cached != null && clock.instant().isBefore(cached.freshUntil())) {
      return cached.index().map(i -> new Located(i, cached.url()));
    }
    synchronized (locks.computeIfAbsent(key, k -> new Object())) {
      Entry again = entries.get(key);
      if (again != null && clock.instant().isBefore(again.freshUntil())) {
        return again.index().map(i -> new Located(i, again.url()));
      }
      Entry fresh = fetch(channel, subdir, again);
      entries.put(key, fresh);
      return fresh.index().map(i -> new Located(i, fresh.url()));
    }
  }

  /** A subdir's index with the URL of the repodata it came from. */
  record Located(RepodataIndex index, URI url) {}

  private Entry fetch(URI channel, String subdir, Entry previous) throws SourceException {
    URI compressed = URI.create(channel + "/" + subdir + "/repodata.json.zst");
    URI plain = URI.create(channel + "/" + subdir + "/repodata.json");
    boolean plainKnown = previous != null && previous.url().equals(plain);
    if (!plainKnown) {
      Optional<Entry> viaZst = get(compressed, subdir, previous, true);
      if (viaZst.isPresent()) {
        return viaZst.get();
      }
    }
    return get(plain, subdir, previous, false)
        .orElseGet(
            () ->
                new Entry(
                    Optional.empty(),
                    plain,
                    clock.instant().plus(minFresh),
                    Optional.empty(),
                    Optional.empty()));
  }

  /** One attempt; empty on 404. */
  private Optional<Entry> get(URI url, String subdir, Entry previous, boolean zst)
      throws SourceException {
    Path download = temporary(subdir, zst ? ".json.zst" : ".download");
    Map<String, String> headers = new HashMap<>();
    headers.put("Accept", "*/*");
    if (previous != null && previous.url().equals(url) && previous.index().isPresent()) {
      previous.etag().ifPresent(tag -> headers.put("If-None-Match", tag));
      previous.lastModified().ifPresent(date -> headers.put("If-Modified-Since", date));
    }
    TransportResponse response;
    try {
      response =
          transport.get(
              TransportRequest.download(url, download, maxDownloadBytes, timeout)
                  .withHeaders(headers));
    } catch (TransportException e) {
      delete(download);
      throw new SourceException(
          e.reason() == TransportException.Reason.TOO_LARGE ? Reason.TOO_LARGE : Reason.UNAVAILABLE,
          e.getMessage()
              + (e.reason() == TransportException.Reason.TOO_LARGE
                  ? "; a channel's repodata can be large: raise [limits] max-response-bytes, or"
                      + " serve repodata.json.zst"
                  : ""),
          e);
    }
    int status = response.status();
    if (status == 304 && previous != null && previous.index().isPresent()) {
      delete(download);
      return Optional.of(
          new Entry(
              previous.index(),
              url,
              freshUntil(response),
              response.header("ETag").or(previous::etag),
              response.header("Last-Modified").or(previous::lastModified)));
    }
    if (status == 404 || status == 410) {
      delete(download);
      return Optional.empty();
    }
    if (!response.isSuccess()) {
      delete(download);
      String why =
          switch (status) {
            case 401, 403 ->
                " (the channel needs credentials, or refuses these: give them in ~/.netrc)";
            case 429 -> " (rate limited)";
            default -> "";
          };
      throw new SourceException(Reason.UNAVAILABLE, url + " answered HTTP " + status + why);
    }
    Path json = zst ? temporary(subdir, ".json") : download;
    if (zst) {
      try (InputStream in = new ZstdInputStream(Files.newInputStream(download))) {
        copy(in, json, maxRepodataBytes);
      } catch (IOException e) {
        delete(json);
        throw new SourceException(
            Reason.MALFORMED, url + " cannot be decompressed: " + e.getMessage(), e);
      } finally {
        delete(download);
      }
    } else if (sizeOf(json) > maxRepodataBytes) {
      delete(json);
      throw new SourceException(
          Reason.TOO_LARGE, url + " is larger than " + maxRepodataBytes + " bytes");
    }
    long started = System.nanoTime();
    RepodataIndex index;
    try {
      index = RepodataIndex.build(json, url.toString());
    } catch (SourceException e) {
      delete(json);
      throw e;
    }
    LOG.debug(
        "indexed {}: {} records, {} names in {} ms",
        url,
        index.recordCount(),
        index.nameCount(),
        (System.nanoTime() - started) / 1_000_000);
    return Optional.of(
        new Entry(
            Optional.of(index),
            url,
            freshUntil(response),
            response.header("ETag"),
            response.header("Last-Modified")));
  }

  private Instant freshUntil(TransportResponse response) {
    Duration maxAge = Duration.ZERO;
    Optional<String> control = response.header("Cache-Control");
    if (control.isPresent()) {
      Matcher m = MAX_AGE.matcher(control.get().toLowerCase(Locale.ROOT));
      if (m.find()) {
        maxAge = Duration.ofSeconds(Long.parseLong(m.group(1)));
      }
    }
    return clock.instant().plus(maxAge.compareTo(minFresh) > 0 ? maxAge : minFresh);
  }

  private Path temporary(String subdir, String suffix) throws SourceException {
    try {
      Path file = Files.createTempFile(directory, "repodata-" + subdir + "-", suffix);
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new SourceException(
          Reason.UNAVAILABLE,
          "cannot write repodata under " + directory + ": " + e.getMessage(),
          e);
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.debug("cannot delete {}: {}", file, e.getMessage());
    }
  }

  /**
   * Writes decompressed repodata to a file: indexing needs random access.
   *
   * @param in the stream
   * @param file where to write it
   * @param maxBytes the most to write
   * @return the bytes written
   * @throws IOException if it cannot be written, or is larger than {@code maxBytes}
   */
  static long copy(InputStream in, Path file, long maxBytes) throws IOException {
    long written = 0;
    byte[] buffer = new byte[1 << 16];
    try (var out = java.nio.file.Files.newOutputStream(file)) {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        written += read;
        if (written > maxBytes) {
          throw new IOException("larger than " + maxBytes + " bytes once decompressed");
        }
        out.write(buffer, 0, read);
      }
    }
    return written;
  }
}
