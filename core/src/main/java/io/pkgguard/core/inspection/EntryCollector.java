package io.pkgguard.core.inspection;

import io.pkgguard.api.ArchiveEntry;
import io.pkgguard.api.ArchiveEntry.BinaryFormat;
import io.pkgguard.api.ArchiveProblem;
import io.pkgguard.api.ArchiveProblem.Kind;
import io.pkgguard.core.policy.ArchiveLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Turns the entries an archive scanner meets into {@link ArchiveEntry} values and {@link
 * ArchiveProblem}s, in archive order, enforcing the limits: names are checked (absolute, {@code
 * ..}, control characters, depth, duplicates, links leaving the archive), and each file entry is
 * given its share of the archive's budgets ({@link #allowance}) before a {@link ContentReader}
 * reads it. Not thread-safe: one per archive.
 */
final class EntryCollector {

  private static final int MAX_LINK_TARGET = 4096;

  private static final Set<String> TEXT_EXTENSIONS =
      Set.of(
          "py", "pyw", "pyi", "pth", "pyx", "pxd", "cfg", "toml", "txt", "json", "ini", "in", "sh",
          "bash", "zsh", "bat", "cmd", "ps1", "psm1", "vbs", "pl", "rb", "yaml", "yml", "spec",
          "cmake");
  // JavaScript is not kept: in a wheel it is served to browsers and notebooks, never run by an
  // installer or by Python, and its minified bundles of several MB are not code to read as such.
  private static final Set<String> RUNNABLE =
      Set.of(
          "py", "pyw", "pth", "pyx", "sh", "bash", "zsh", "bat", "cmd", "ps1", "psm1", "vbs", "pl",
          "rb");
  private static final Set<String> TEXT_NAMES =
      Set.of(
          "METADATA",
          "PKG-INFO",
          "RECORD",
          "WHEEL",
          "Makefile",
          "Dockerfile",
          "meson.build",
          "build.rs");

  private final ArchiveLimits limits;
  private final boolean digests;
  private final List<ArchiveEntry> entries = new ArrayList<>();
  private final List<ArchiveProblem> problems = new ArrayList<>();
  private final Set<String> names = new HashSet<>();
  private final ContentReader reader;

  /** Bytes the entries given an allowance may unpack, by what they declare. */
  private long plannedBytes;

  /** Text the entries given an allowance may keep. */
  private long plannedText;

  private boolean stopped;

  /**
   * @param limits what reading may cost
   * @param digests whether file contents are hashed (for archives with a manifest of hashes)
   */
  EntryCollector(ArchiveLimits limits, boolean digests) {
    this.limits = limits;
    this.digests = digests;
    this.reader = new ContentReader(limits);
  }

  ArchiveLimits limits() {
    return limits;
  }

  List<ArchiveEntry> entries() {
    return entries;
  }

  List<ArchiveProblem> problems() {
    return problems;
  }

  /** Whether a limit ended reading: the scanner must stop. */
  boolean stopped() {
    return stopped;
  }

  /** Records a structural problem. */
  void problem(Kind kind, String path, String detail) {
    problems.add(new ArchiveProblem(kind, path, detail));
  }

  /** Records damage (truncation, corruption) and stops reading. */
  void damaged(String path, String detail) {
    problem(Kind.DAMAGED, path, detail);
    stopped = true;
  }

  /** An entry that cannot be read (an unsupported method, encryption); others still are. */
  void unreadable(String path, String detail) {
    problem(Kind.DAMAGED, path, detail);
  }

  /** Reading must stop here because of {@code kind}. */
  void stop(Kind kind, String detail) {
    problem(kind, "", detail);
    stopped = true;
  }

  /**
   * Whether another entry may be read; when the entry limit is reached, records it and stops.
   */
  boolean admit() {
    if (stopped) {
      return false;
    }
    if (entries.size() >= limits.maxEntries()) {
      stop(
          Kind.TOO_MANY_ENTRIES,
          "more than " + limits.maxEntries() + " entries; the rest were not read");
      return false;
    }
    return true;
  }

  void directory(String path, OptionalInt mode) {
    checkName(path, true);
    entries.add(
        new ArchiveEntry(
            path,
            ArchiveEntry.Type.DIRECTORY,
            0,
            mode,
            Optional.empty(),
            Optional.empty(),
            BinaryFormat.NONE,
            Optional.empty(),
            false));
  }

  void device(String path, OptionalInt mode, String what) {
    checkName(path, false);
    problem(Kind.DEVICE_FILE, path, "a " + what + "; a Python package never needs one");
    entries.add(
        new ArchiveEntry(
            path,
            ArchiveEntry.Type.DEVICE,
            0,
            mode,
            Optional.empty(),
            Optional.empty(),
            BinaryFormat.NONE,
            Optional.empty(),
            false));
  }

  /**
   * A link entry.
   *
   * @param hard whether it is a hard link, whose target is another entry's name rather than a
   *     path relative to the link's own directory
   */
  void link(String path, String target, boolean hard, OptionalInt mode) {
    checkName(path, false);
    String bounded =
        target.length() > MAX_LINK_TARGET ? target.substring(0, MAX_LINK_TARGET) : target;
    if (escapes(hard ? "" : parent(path), bounded)) {
      problem(
          Kind.LINK_OUTSIDE,
          path,
          (hard ? "a hard" : "a symbolic") + " link to '" + bounded + "', outside the archive");
    }
    entries.add(
        new ArchiveEntry(
            path,
            hard ? ArchiveEntry.Type.HARD_LINK : ArchiveEntry.Type.SYMBOLIC_LINK,
            0,
            mode,
            Optional.of(bounded),
            Optional.empty(),
            BinaryFormat.NONE,
            Optional.empty(),
            false));
  }

  /** A zip symbolic link, whose target is the entry's content. */
  void symlinkFromContent(String path, InputStream content, OptionalInt mode) throws IOException {
    byte[] target = content.readNBytes(MAX_LINK_TARGET);
    link(path, new String(target, StandardCharsets.UTF_8), false, mode);
  }

  /**
   * What the next file entry may cost. Called once per file entry, in archive order, whether the
   * entry is then read at once ({@link #file(String, OptionalInt, InputStream, long, long)}) or by
   * another thread: the budgets an archive shares are spent by what its entries declare, so
   * which entries keep text does not depend on who reads them.
   *
   * @param declaredSize the size the archive declares for the entry, or -1
   * @param packedSize the entry's compressed size if the archive says (zip), or -1
   */
  ReadAllowance allowance(String path, long declaredSize, long packedSize) {
    long reads = declaredSize >= 0 ? declaredSize : limits.maxEntryBytes();
    long totalLeft = Math.max(limits.maxTotalBytes() - plannedBytes, 0);
    plannedBytes += Math.min(Math.min(reads, limits.maxEntryBytes()), totalLeft);
    boolean wantText = wantsText(path);
    int text = 0;
    if (wantText) {
      text =
          (int) Math.max(Math.min(limits.maxTextBytes(), limits.maxTextTotal() - plannedText), 0);
      plannedText += Math.min(text, reads);
    }
    return new ReadAllowance(declaredSize, packedSize, totalLeft, text, wantText, digests);
  }

  /**
   * A file entry, read at once from {@code content} (which the caller closes) within its
   * {@link #allowance}.
   */
  void file(String path, OptionalInt mode, InputStream content, long declaredSize, long packedSize)
      throws IOException {
    file(path, mode, reader.read(path, content, allowance(path, declaredSize, packedSize)));
  }

  /** A file entry whose content has been read. */
  void file(String path, OptionalInt mode, EntryContent content) {
    checkName(path, false);
    problems.addAll(content.problems());
    if (content.stopsArchive()) {
      stopped = true;
    }
    entries.add(
        new ArchiveEntry(
            path,
            ArchiveEntry.Type.FILE,
            content.size(),
            mode,
            Optional.empty(),
            content.sha256(),
            content.binaryFormat(),
            content.text(),
            content.textTruncated()));
  }

  private void checkName(String path, boolean directory) {
    if (path.chars().anyMatch(c -> c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0))) {
      problem(
          Kind.CONTROL_CHARACTERS,
          path,
          "the name holds control characters (NUL, line" + " breaks or terminal escapes)");
    }
    String normal = path.replace('\\', '/');
    if (absolute(normal)) {
      problem(Kind.ABSOLUTE_PATH, path, "an absolute path");
    }
    String[] parts = normal.split("/", -1);
    int depth = 0;
    for (String part : parts) {
      if (part.equals("..")) {
        problem(
            Kind.PATH_TRAVERSAL,
            path,
            "a '..' component: extracting it writes outside" + " the target directory");
        break;
      }
      if (!part.isEmpty() && !part.equals(".")) {
        depth++;
      }
    }
    if (depth > limits.maxPathDepth()) {
      problem(
          Kind.DEEP_PATH, path, depth + " levels deep (more than " + limits.maxPathDepth() + ")");
    }
    String key = normal.endsWith("/") ? normal.substring(0, normal.length() - 1) : normal;
    if (!names.add(key) && !directory) {
      problem(
          Kind.DUPLICATE_ENTRY,
          path,
          "appears more than once; which copy is installed" + " depends on the tool");
    }
  }

  /** Whether {@code target}, taken relative to directory {@code base}, leaves the archive. */
  static boolean escapes(String base, String target) {
    String normal = target.replace('\\', '/');
    if (absolute(normal)) {
      return true;
    }
    int depth = 0;
    for (String part : (base + "/" + normal).split("/", -1)) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      depth += part.equals("..") ? -1 : 1;
      if (depth < 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether a name with forward slashes starts at a root or a drive letter. */
  private static boolean absolute(String normal) {
    if (normal.startsWith("/")) {
      return true;
    }
    return normal.length() >= 2
        && normal.charAt(1) == ':'
        && ((normal.charAt(0) >= 'A' && normal.charAt(0) <= 'Z')
            || (normal.charAt(0) >= 'a' && normal.charAt(0) <= 'z'));
  }

  private static String parent(String path) {
    String normal = path.replace('\\', '/');
    int slash = normal.lastIndexOf('/');
    return slash < 0 ? "" : normal.substring(0, slash);
  }

  /** Text files that run: Python, start-up hooks, scripts (with or without an extension). */
  static boolean runnable(String path) {
    String normal = path.replace('\\', '/');
    String name = normal.substring(normal.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    String extension = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    return RUNNABLE.contains(extension) || (dot < 0 && wantsText(path));
  }

  /** Files that may hold code or install-time instructions. */
  static boolean wantsText(String path) {
    String normal = path.replace('\\', '/');
    String name = normal.substring(normal.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    if (dot > 0 && TEXT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (TEXT_NAMES.contains(name)) {
      return true;
    }
    // Scripts installed onto the PATH usually have no extension.
    return dot < 0
        && (normal.contains(".data/scripts/")
            || normal.startsWith("bin/")
            || normal.contains("/bin/")
            || normal.startsWith("scripts/")
            || normal.contains("/scripts/"));
  }
}
