package io.pkgguard.core.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pkgguard.api.TransportResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entries in a directory that several processes may share. Each entry is a body file and a
 * metadata file named by the SHA-256 of its key (so request headers, credentials included, are
 * never written in clear). Both are written to a temporary file and moved into place atomically,
 * and a read checks the body's digest against the metadata: a reader never sees a torn file, and
 * a body and metadata from two different writers are a miss, not a wrong answer. Beyond the byte
 * budget the oldest entries are deleted. Anything unreadable is a miss; nothing here throws into
 * an evaluation.
 */
final class DiskCacheStore implements CacheStore {

  private static final Logger LOG = LoggerFactory.getLogger(DiskCacheStore.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Path directory;
  private final long maxBytes;

  DiskCacheStore(Path directory, long maxBytes) {
    this.directory = directory;
    this.maxBytes = maxBytes;
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the cache directory " + directory, e);
    }
  }

  @Override
  public Optional<CachingTransport.Entry> get(CachingTransport.Key key) {
    String name = name(key);
    try {
      JsonNode meta = MAPPER.readTree(directory.resolve(name + ".meta").toFile());
      byte[] body = Files.readAllBytes(directory.resolve(name + ".body"));
      if (!sha256(body).equals(meta.path("bodySha256").asText())
          || !meta.path("uri").asText().equals(key.uri().toString())) {
        return Optional.empty(); // written by two writers at once, or not ours: a miss
      }
      Map<String, List<String>> headers = new TreeMap<>();
      meta.path("headers")
          .fields()
          .forEachRemaining(
              e -> {
                List<String> values = new ArrayList<>();
                e.getValue().forEach(v -> values.add(v.asText()));
                headers.put(e.getKey(), values);
              });
      TransportResponse response =
          new TransportResponse(
              meta.path("status").asInt(), headers, body, URI.create(meta.path("uri").asText()));
      return Optional.of(
          new CachingTransport.Entry(
              response,
              Instant.parse(meta.path("storedAt").asText()),
              Duration.ofSeconds(meta.path("maxAgeSeconds").asLong()),
              text(meta, "etag"),
              text(meta, "lastModified")));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      LOG.debug("unreadable cache entry {}: {}", name, e.getMessage());
      return Optional.empty();
    }
  }

  @Override
  public void put(CachingTransport.Key key, CachingTransport.Entry entry) {
    String name = name(key);
    byte[] body = entry.response().body();
    if (body.length > maxBytes) {
      return;
    }
    ObjectNode meta = MAPPER.createObjectNode();
    meta.put("uri", key.uri().toString());
    meta.put("status", entry.response().status());
    ObjectNode headers = meta.putObject("headers");
    entry
        .response()
        .headers()
        .forEach(
            (k, values) -> {
              var array = headers.putArray(k);
              values.forEach(array::add);
            });
    meta.put("storedAt", entry.storedAt().toString());
    meta.put("maxAgeSeconds", entry.maxAge().toSeconds());
    entry.etag().ifPresent(tag -> meta.put("etag", tag));
    entry.lastModified().ifPresent(date -> meta.put("lastModified", date));
    meta.put("bodySha256", sha256(body));
    try {
      writeAtomically(directory.resolve(name + ".body"), body);
      writeAtomically(
          directory.resolve(name + ".meta"),
          MAPPER.writeValueAsString(meta).getBytes(StandardCharsets.UTF_8));
      evictBeyondBudget();
    } catch (IOException e) {
      LOG.debug("cannot write cache entry {}: {}", name, e.getMessage());
    }
  }

  @Override
  public void remove(CachingTransport.Key key) {
    String name = name(key);
    try {
      Files.deleteIfExists(directory.resolve(name + ".meta"));
      Files.deleteIfExists(directory.resolve(name + ".body"));
    } catch (IOException e) {
      LOG.debug("cannot remove cache entry {}: {}", name, e.getMessage());
    }
  }

  @Override
  public int size() {
    try (Stream<Path> files = Files.list(directory)) {
      return (int) files.filter(p -> p.toString().endsWith(".meta")).count();
    } catch (IOException e) {
      return 0;
    }
  }

  private void writeAtomically(Path target, byte[] content) throws IOException {
    Path temporary = directory.resolve(target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      Files.write(temporary, content);
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** Deletes the oldest entries while the bodies exceed the budget. */
  private void evictBeyondBudget() throws IOException {
    List<Path> bodies;
    try (Stream<Path> files = Files.list(directory)) {
      bodies = files.filter(p -> p.toString().endsWith(".body")).toList();
    }
    long total = 0;
    List<Path> byAge = new ArrayList<>();
    for (Path body : bodies) {
      try {
        total += Files.size(body);
        byAge.add(body);
      } catch (NoSuchFileException e) {
        // Removed by another process meanwhile.
      }
    }
    if (total <= maxBytes) {
      return;
    }
    byAge.sort((a, b) -> Long.compare(modified(a), modified(b)));
    for (Path body : byAge) {
      if (total <= maxBytes) {
        break;
      }
      long size = Files.exists(body) ? Files.size(body) : 0;
      String base = body.getFileName().toString().replace(".body", "");
      Files.deleteIfExists(directory.resolve(base + ".meta"));
      Files.deleteIfExists(body);
      total -= size;
    }
  }

  private static long modified(Path path) {
    try {
      return Files.getLastModifiedTime(path).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }

  private static Optional<String> text(JsonNode meta, String field) {
    JsonNode value = meta.get(field);
    return value == null || !value.isTextual() ? Optional.empty() : Optional.of(value.asText());
  }

  private static String name(CachingTransport.Key key) {
    StringBuilder text = new StringBuilder(key.uri().toString());
    new TreeMap<>(key.headers())
        .forEach((k, v) -> text.append('\n').append(k).append(": ").append(v));
    return sha256(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
