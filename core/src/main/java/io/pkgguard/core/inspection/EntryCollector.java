package io.pkgguard.core.inspection;

import io.pkgguard.api.ArchiveEntry.BinaryFormat;
import io.pkgguard.api.ArchiveEntry.Type;
import io.pkgguard.api.ArchiveEntry;
import io.pkgguard.api.ArchiveProblem.Kind;
import io.pkgguard.api.ArchiveProblem;
import io.pkgguard.core.policy.ArchiveLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Turns the entries an archive scanner meets into {@link ArchiveEntry} values and {@link
 * ArchiveProblem}s, enforcing the limits: names are checked (absolute, {@code ..}, control
 * characters, depth, duplicates, links leaving the archive), contents are read once within the
 * per-entry and total caps, recognised as native binaries by their first bytes, hashed when asked,
 * and kept as text where the content rules need them, within the text budget. Not thread-safe:
 * one per archive.
 */
final class EntryCollector {

  /** Enough for every magic number looked at, including a PE header's offset. */
  private static final int HEAD = 4096;
  private static final int MAX_LINK_TARGET = 4096;

  private static final Set<String> TEXT_EXTENSIONS = Set.of(
      "py", "pyw", "pyi", "pth", "pyx", "pxd", "cfg", "toml", "txt", "json", "ini", "in", "sh",
      "bash", "zsh", "bat", "cmd", "ps1", "psm1", "vbs", "js", "pl", "rb", "yaml", "yml", "spec");
  private static final Set<String> RUNNABLE = Set.of("py", "pyw", "pth", "pyx", "sh", "bash",
      "zsh", "bat", "cmd", "ps1", "psm1", "vbs", "js", "pl", "rb");
  private static final Set<String> TEXT_NAMES = Set.of(
      "METADATA", "PKG-INFO", "RECORD", "WHEEL", "Makefile", "Dockerfile");

  private final ArchiveLimits limits;
  private final boolean digests;
  private final List<ArchiveEntry> entries = new ArrayList<>();
  private final List<ArchiveProblem> problems = new ArrayList<>();
  private final Set<String> names = new HashSet<>();
  /** One read buffer for every entry of the archive. */
  private final byte[] buffer = new byte[64 * 1024];
  /** One text buffer for every entry, grown as needed up to the per-file text budget. */
  private byte[] textBuffer = new byte[64 * 1024];
  private long contentBytes;
  private long textBytes;
  private boolean stopped;

  /**
   * @param limits what reading may cost
   * @param digests whether file contents are hashed (for archives with a manifest of hashes)
   */
  EntryCollector(ArchiveLimits limits, boolean digests) {
    this.limits = limits;
    this.digests = digests;
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
      stop(Kind.TOO_MANY_ENTRIES, "more than " + limits.maxEntries()
          + " entries; the rest were not read");
      return false;
    }
    return true;
  }

  void directory(String path, OptionalInt mode) {
    checkName(path, true);
    entries.add(new ArchiveEntry(path, Type.DIRECTORY, 0, mode, Optional.empty(),
        Optional.empty(), BinaryFormat.NONE, Optional.empty(), false));
  }

  void device(String path, OptionalInt mode, String what) {
    checkName(path, false);
    problem(Kind.DEVICE_FILE, path, "a " + what + "; a Python package never needs one");
    entries.add(new ArchiveEntry(path, Type.DEVICE, 0, mode, Optional.empty(),
        Optional.empty(), BinaryFormat.NONE, Optional.empty(), false));
  }

  /**
   * A link entry.
   *
   * @param hard whether it is a hard link, whose target is another entry's name rather than a
   *     path relative to the link's own directory
   */
  void link(String path, String target, boolean hard, OptionalInt mode) {
    checkName(path, false);
    String bounded = target.length() > MAX_LINK_TARGET ? target.substring(0, MAX_LINK_TARGET)
        : target;
    if (escapes(hard ? "" : parent(path), bounded)) {
      problem(Kind.LINK_OUTSIDE, path, (hard ? "a hard" : "a symbolic") + " link to '"
          + bounded + "', outside the archive");
    }
    entries.add(new ArchiveEntry(path, hard ? Type.HARD_LINK : Type.SYMBOLIC_LINK, 0,
        mode, Optional.of(bounded), Optional.empty(), BinaryFormat.NONE, Optional.empty(),
        false));
  }

  /** A zip symbolic link, whose target is the entry's content. */
  void symlinkFromContent(String path, InputStream content, OptionalInt mode) throws IOException {
    byte[] target = content.readNBytes(MAX_LINK_TARGET);
    link(path, new String(target, StandardCharsets.UTF_8), false, mode);
  }

  /**
   * A file entry: its content is read from {@code content} (which the caller closes) within the
   * limits.
   *
   * @param packedSize the entry's compressed size if the archive says (zip), or -1: a
   *     compression ratio beyond the limit stops reading the entry
   */
  void file(String path, OptionalInt mode, InputStream content, long packedSize)
      throws IOException {
    checkName(path, false);
    boolean wantText = wantsText(path);
    MessageDigest digest = digests ? sha256() : null;
    byte[] head = new byte[HEAD];
    int headLength = 0;
    // Text is read straight into one buffer reused for every entry (grown up to the per-file
    // text budget, never by what an archive merely declares); other content goes through the
    // shared read buffer.
    int textLength = 0;
    boolean keepingText = wantText;
    boolean textTruncated = false;
    boolean complete = true;
    long size = 0;
    int read;
    while (true) {
      int textRoom = keepingText ? textRoom(textLength) : 0;
      keepingText = textRoom > 0;
      byte[] into = keepingText ? textBuffer : buffer;
      int offset = keepingText ? textLength : 0;
      int room = keepingText ? textRoom : buffer.length;
      read = content.read(into, offset, room);
      if (read <= 0) {
        break;
      }
      if (size + read > limits.maxEntryBytes()) {
        problem(Kind.ENTRY_TOO_LARGE, path, "larger than " + limits.maxEntryBytes()
            + " bytes; the rest was not read");
        complete = false;
        break;
      }
      if (contentBytes + read > limits.maxTotalBytes()) {
        stop(Kind.TOTAL_TOO_LARGE, "unpacks to more than " + limits.maxTotalBytes()
            + " bytes; the rest was not read");
        complete = false;
        break;
      }
      size += read;
      contentBytes += read;
      if (packedSize >= 0 && size > ArchiveLimits.RATIO_FLOOR
          && size / Math.max(packedSize, 1) > limits.maxCompressionRatio()) {
        problem(Kind.COMPRESSION_RATIO, path, "unpacks to more than "
            + limits.maxCompressionRatio() + " times its packed " + packedSize
            + " bytes (a compression bomb); the rest was not read");
        complete = false;
        break;
      }
      if (headLength < HEAD) {
        int n = Math.min(read, HEAD - headLength);
        System.arraycopy(into, offset, head, headLength, n);
        headLength += n;
      }
      if (digest != null) {
        digest.update(into, offset, read);
      }
      if (into == textBuffer) {
        textLength += read;
        textBytes += read;
      } else if (wantText && !textTruncated) {
        textTruncated = true;
        if (runnable(path)) {
          // Code left unread could hide anything; a large data file (JSON schemas, word
          // lists) is only data, and its start is kept for what the rules look for.
          problem(Kind.NOT_READ, path, "only its first " + textLength + " bytes were"
              + " inspected (text budget of " + limits.maxTextBytes() + " per file, "
              + limits.maxTextTotal() + " per archive)");
        }
      }
    }
    Optional<String> sha = digest != null && complete
        ? Optional.of(HexFormat.of().formatHex(digest.digest())) : Optional.empty();
    Optional<String> decoded = wantText
        ? Optional.of(new String(textBuffer, 0, textLength, StandardCharsets.UTF_8))
        : Optional.empty();
    entries.add(new ArchiveEntry(path, Type.FILE, size, mode, Optional.empty(), sha,
        BinaryFormats.recognise(head, headLength), decoded, textTruncated));
  }

  /**
   * How many more bytes of text the current entry may keep in {@link #textBuffer} (grown as
   * needed), within the per-file and per-archive budgets; 0 when none.
   */
  private int textRoom(int textLength) {
    long allowed = Math.min(limits.maxTextBytes() - (long) textLength,
        limits.maxTextTotal() - textBytes);
    if (allowed <= 0) {
      return 0;
    }
    if (textBuffer.length - textLength < 8192 && textBuffer.length < limits.maxTextBytes()) {
      textBuffer = java.util.Arrays.copyOf(textBuffer,
          (int) Math.min((long) textBuffer.length * 2, limits.maxTextBytes()));
    }
    return (int) Math.min(allowed, textBuffer.length - textLength);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private void checkName(String path, boolean directory) {
    if (path.chars().anyMatch(c -> c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0))) {
      problem(Kind.CONTROL_CHARACTERS, path, "the name holds control characters (NUL, line"
          + " breaks or terminal escapes)");
    }
    String normal = path.replace('\\', '/');
    if (normal.startsWith("/") || normal.matches("(?s)^[A-Za-z]:.*")) {
      problem(Kind.ABSOLUTE_PATH, path, "an absolute path");
    }
    String[] parts = normal.split("/");
    int depth = 0;
    for (String part : parts) {
      if (part.equals("..")) {
        problem(Kind.PATH_TRAVERSAL, path, "a '..' component: extracting it writes outside"
            + " the target directory");
        break;
      }
      if (!part.isEmpty() && !part.equals(".")) {
        depth++;
      }
    }
    if (depth > limits.maxPathDepth()) {
      problem(Kind.DEEP_PATH, path, depth + " levels deep (more than "
          + limits.maxPathDepth() + ")");
    }
    String key = normal.endsWith("/") ? normal.substring(0, normal.length() - 1) : normal;
    if (!names.add(key) && !directory) {
      problem(Kind.DUPLICATE_ENTRY, path, "appears more than once; which copy is installed"
          + " depends on the tool");
    }
  }

  /** Whether {@code target}, taken relative to directory {@code base}, leaves the archive. */
  static boolean escapes(String base, String target) {
    String normal = target.replace('\\', '/');
    if (normal.startsWith("/") || normal.matches("(?s)^[A-Za-z]:.*")) {
      return true;
    }
    int depth = 0;
    for (String part : (base + "/" + normal).split("/")) {
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
    return dot < 0 && (normal.contains(".data/scripts/") || normal.startsWith("bin/")
        || normal.contains("/bin/") || normal.startsWith("scripts/")
        || normal.contains("/scripts/"));
  }
}
