package io.pkgguard.advisories.osv.offline;

import com.fasterxml.jackson.databind.JsonNode;
import io.pkgguard.advisories.osv.matching.OsvMatcher;
import io.pkgguard.advisories.osv.matching.PreparedRecord;
import io.pkgguard.advisories.osv.model.OsvFormatException;
import io.pkgguard.advisories.osv.model.OsvRecord;
import io.pkgguard.advisories.osv.model.OsvRecordReader;
import io.pkgguard.api.Advisory;
import io.pkgguard.api.PackageId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An offline OSV database: every record of a zip archive (OSV's per-ecosystem export {@code
 * all.zip}, or a zip of the PyPA advisory database's {@code vulns/} tree), loaded once and indexed
 * by ecosystem and normalised package name. Records for ecosystems pkgguard does not know are
 * not kept. Immutable and thread-safe once loaded.
 *
 * <p>An entry that is not JSON or YAML at all, or breaks a limit, fails the whole database (the
 * message names it): its advisory would otherwise be lost without trace. A record that parses
 * but is not valid OSV does not fail the database, and is not forgotten either: evaluations of
 * the packages it names get an undecided advisory saying so.
 */
public final class OsvDatabase {

  private final Map<String, List<PreparedRecord>> byPackage;
  private final Map<String, List<String>> unreadable;
  private final OsvMatcher matcher;
  private final String origin;
  private final int records;
  private final int skipped;

  private OsvDatabase(
      Map<String, List<PreparedRecord>> byPackage,
      Map<String, List<String>> unreadable,
      OsvMatcher matcher,
      String origin,
      int records,
      int skipped) {
    this.byPackage = byPackage;
    this.unreadable = unreadable;
    this.matcher = matcher;
    this.origin = origin;
    this.records = records;
    this.skipped = skipped;
  }

  /**
   * Reads every {@code .json}, {@code .yaml} and {@code .yml} entry of a zip archive.
   *
   * @param zip the archive's bytes
   * @param origin where it comes from, for messages
   * @throws OsvFormatException if the archive is not a zip, breaks a limit, or has an entry whose
   *     name leaves the archive (such an archive was not made by an OSV export, and is refused)
   */
  public static OsvDatabase load(
      byte[] zip, String origin, OsvMatcher matcher, OsvRecordReader reader, ZipLimits limits)
      throws OsvFormatException {
    Objects.requireNonNull(zip, "zip");
    List<Entry> entries = read(zip, origin, limits);
    // Parsing is independent per record and dominates loading: done on all cores, results
    // indexed afterwards in archive order, so the outcome does not depend on the scheduling.
    Parsed[] parsed = new Parsed[entries.size()];
    java.util.stream.IntStream.range(0, entries.size())
        .parallel()
        .forEach(i -> parsed[i] = parse(entries.get(i), origin, matcher, reader));
    Map<String, List<PreparedRecord>> byPackage = new HashMap<>();
    Map<String, List<String>> unreadable = new HashMap<>();
    int records = 0;
    int skipped = 0;
    for (Parsed p : parsed) {
      if (p.failure() != null) {
        throw p.failure();
      }
      if (p.invalid() != null) {
        skipped++;
        for (String key : p.keys()) {
          unreadable.computeIfAbsent(key, k -> new ArrayList<>()).add(p.invalid());
        }
      } else if (!p.keys().isEmpty()) {
        records++;
        for (String key : p.keys()) {
          List<PreparedRecord> list = byPackage.computeIfAbsent(key, k -> new ArrayList<>());
          if (list.isEmpty() || list.get(list.size() - 1) != p.record()) {
            list.add(p.record());
          }
        }
      }
    }
    requireUsable(origin, records, skipped, entries.size());
    byPackage.replaceAll((k, v) -> List.copyOf(v));
    unreadable.replaceAll((k, v) -> List.copyOf(v));
    return new OsvDatabase(
        Map.copyOf(byPackage), Map.copyOf(unreadable), matcher, origin, records, skipped);
  }

  /** The largest share of a database's records that may be invalid OSV. */
  static final double MAX_INVALID_SHARE = 0.10;

  /**
   * A database counts as consulted only if it is one: at least one valid OSV record for an
   * ecosystem pkgguard evaluates, and at most {@link #MAX_INVALID_SHARE} of its records invalid.
   * Otherwise a wrong file (another ecosystem's export, a zip of notes, a truncated export) would
   * pass for "no known vulnerabilities". OSV's PyPI export holds thousands of records, all valid.
   */
  private static void requireUsable(String origin, int records, int invalid, int entries)
      throws OsvFormatException {
    if (records == 0) {
      throw new OsvFormatException(
          origin
              + ": holds no valid OSV record for an ecosystem"
              + " pkgguard evaluates ("
              + entries
              + " record entr"
              + (entries == 1 ? "y" : "ies")
              + " read, "
              + invalid
              + " invalid); give OSV's export of the ecosystem (tools/"
              + "refresh-osv-db downloads PyPI's)");
    }
    if (invalid > MAX_INVALID_SHARE * (records + invalid)) {
      throw new OsvFormatException(
          origin
              + ": "
              + invalid
              + " of its "
              + (records + invalid)
              + " records are not valid OSV (more than "
              + Math.round(MAX_INVALID_SHARE * 100)
              + " %); the file is damaged or not an OSV export");
    }
  }

  /** One record entry of the archive. */
  private record Entry(String name, byte[] bytes) {}

  /**
   * What one entry became: a record and the index keys it goes under; or, for a record that is
   * not valid OSV, the problem and the keys of the packages it names; or a failure of the whole
   * database.
   */
  private record Parsed(
      PreparedRecord record, List<String> keys, String invalid, OsvFormatException failure) {}

  /** The record entries, read with the archive limits; nothing is parsed yet. */
  private static List<Entry> read(byte[] zip, String origin, ZipLimits limits)
      throws OsvFormatException {
    List<Entry> entries = new ArrayList<>();
    int count = 0;
    long total = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        if (++count > limits.maxEntries()) {
          throw new OsvFormatException(origin + ": more than " + limits.maxEntries() + " entries");
        }
        String name = entry.getName();
        checkName(name, origin);
        if (entry.isDirectory() || !isRecord(name)) {
          continue;
        }
        byte[] bytes = readCapped(in, name, origin, limits);
        total += bytes.length;
        if (total > limits.maxTotalBytes()) {
          throw new OsvFormatException(
              origin
                  + ": more than "
                  + limits.maxTotalBytes()
                  + " bytes uncompressed; refusing it as a possible zip bomb");
        }
        long compressed = entry.getCompressedSize();
        if (bytes.length > 1024 * 1024
            && compressed > 0
            && bytes.length / compressed > limits.maxRatio()) {
          throw new OsvFormatException(
              origin
                  + ": entry "
                  + name
                  + " expands "
                  + bytes.length / compressed
                  + " times; refusing it as a possible zip bomb");
        }
        entries.add(new Entry(name, bytes));
      }
    } catch (IOException e) {
      throw new OsvFormatException(origin + ": not a readable zip archive: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      // java.util.zip reports an entry name that is not valid UTF-8 this way (found by fuzzing).
      throw new OsvFormatException(
          origin + ": an entry name is not valid UTF-8 (" + e.getMessage() + "); not an OSV export",
          e);
    }
    if (count == 0) {
      throw new OsvFormatException(origin + ": not a zip archive, or an empty one");
    }
    return entries;
  }

  private static Parsed parse(
      Entry entry, String origin, OsvMatcher matcher, OsvRecordReader reader) {
    String where = origin + "!" + entry.name();
    JsonNode tree;
    try {
      // An entry that is not even JSON or YAML names no package: the archive is damaged, and
      // refusing it is the only way not to lose the advisory it held.
      tree = reader.tree(entry.bytes(), where);
    } catch (OsvFormatException e) {
      return new Parsed(null, List.of(), null, e);
    }
    try {
      OsvRecord record = reader.toRecord(tree, where);
      List<String> keys = new ArrayList<>();
      for (var affected : record.affected()) {
        matcher
            .key(affected.ecosystem(), affected.name())
            .filter(k -> !keys.contains(k))
            .ifPresent(keys::add);
      }
      return keys.isEmpty()
          ? new Parsed(null, List.of(), null, null)
          : new Parsed(matcher.prepare(record), keys, null, null);
    } catch (OsvFormatException e) {
      List<String> keys = new ArrayList<>();
      for (Map.Entry<String, String> p : OsvRecordReader.packagesOf(tree)) {
        matcher.key(p.getKey(), p.getValue()).ifPresent(keys::add);
      }
      return new Parsed(null, keys, e.getMessage(), null);
    }
  }

  /** The advisories affecting {@code version} of {@code id} (withdrawn ones included). */
  public List<Advisory> advisories(PackageId id, String version) {
    Optional<String> key = matcher.key(id);
    if (key.isEmpty()) {
      return List.of();
    }
    List<Advisory> found = new ArrayList<>();
    for (PreparedRecord record : byPackage.getOrDefault(key.get(), List.of())) {
      matcher.match(record, id, version).ifPresent(found::add);
    }
    for (String problem : unreadable.getOrDefault(key.get(), List.of())) {
      found.add(
          new Advisory(
              "unreadable-record",
              List.of(),
              "an advisory record about " + id.name() + " could not be read",
              problem,
              List.of(),
              Optional.<URI>empty(),
              "osv-offline",
              false,
              List.of(),
              Optional.empty(),
              Optional.of("the record could not be read: " + problem)));
    }
    return found;
  }

  /** How many records were kept (those about a known ecosystem). */
  public int records() {
    return records;
  }

  /** How many records parsed but were not valid OSV (reported with their packages). */
  public int skipped() {
    return skipped;
  }

  /** How many packages have records. */
  public int packages() {
    return byPackage.size();
  }

  /** Where the database was read from. */
  public String origin() {
    return origin;
  }

  private static boolean isRecord(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml");
  }

  private static void checkName(String name, String origin) throws OsvFormatException {
    String n = name.replace('\\', '/');
    if (n.startsWith("/")
        || n.matches("^[A-Za-z]:.*")
        || n.equals("..")
        || n.startsWith("../")
        || n.contains("/../")
        || n.endsWith("/..")
        || n.indexOf('\0') >= 0) {
      throw new OsvFormatException(
          origin
              + ": entry '"
              + name.replace("\0", "\\0")
              + "' points outside the archive; an OSV export never does, so the archive is"
              + " refused");
    }
  }

  private static byte[] readCapped(InputStream in, String name, String origin, ZipLimits limits)
      throws IOException, OsvFormatException {
    byte[] bytes = in.readNBytes(limits.maxEntryBytes() + 1);
    if (bytes.length > limits.maxEntryBytes()) {
      throw new OsvFormatException(
          origin
              + ": entry "
              + name
              + " is larger than the "
              + limits.maxEntryBytes()
              + "-byte limit for one record");
    }
    return bytes;
  }
}
