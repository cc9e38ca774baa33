package io.pkgguard.api;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Something wrong with an archive's structure that the reader noticed instead of failing: rules
 * (the built-in {@code distribution-files}) decide how severe each is.
 *
 * @param kind what is wrong
 * @param path the entry concerned, exactly as stored; empty for the archive as a whole
 * @param detail one line saying what was seen, for people
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ArchiveProblem(Kind kind, String path, String detail) {

  /** What can be wrong. */
  public enum Kind {
    /** An entry name starting with {@code /}, {@code \}, or a drive letter. */
    ABSOLUTE_PATH,
    /** An entry name with a {@code ..} component: extracting it writes outside the target. */
    PATH_TRAVERSAL,
    /** A symbolic or hard link pointing outside the archive. */
    LINK_OUTSIDE,
    /** Two entries with the same name: which one lands depends on the tool. */
    DUPLICATE_ENTRY,
    /** A device file or named pipe. */
    DEVICE_FILE,
    /** An entry name with control characters (NUL, newline, terminal escapes). */
    CONTROL_CHARACTERS,
    /** An entry nested deeper than the policy's path depth. */
    DEEP_PATH,
    /** Entries whose compressed data overlap, the signature of a non-recursive zip bomb. */
    OVERLAPPING_ENTRIES,
    /** An entry or the archive unpacking to far more than it takes compressed. */
    COMPRESSION_RATIO,
    /** An entry larger than the policy's per-entry limit; the rest was not read. */
    ENTRY_TOO_LARGE,
    /** The archive unpacks to more than the policy's total limit; the rest was not read. */
    TOTAL_TOO_LARGE,
    /** More entries than the policy's limit; the rest were not read. */
    TOO_MANY_ENTRIES,
    /** Text beyond the policy's inspection budget: not everything that may hold code was read. */
    NOT_READ,
    /** The file is not the archive it claims to be, or is truncated or corrupt. */
    DAMAGED,
    /**
     * The archive reads differently depending on how it is read: a zip entry's local header
     * disagrees with its central directory record, or bytes no directory entry lists lie before,
     * between or after the entries (a hidden entry that an installer streaming the local headers
     * would unpack). Only crafted archives do this; PyPI refuses such uploads.
     */
    AMBIGUOUS_STRUCTURE
  }

  /**
   * Creates the value, checking its components.
   *
   * @param kind what is wrong
   * @param path the entry concerned, exactly as stored; empty for the archive as a whole
   * @param detail one line saying what was seen, for people
   */
  public ArchiveProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * {@return whether reading stopped early because of this problem, so some content was never seen}
   */
  public boolean leftContentUnread() {
    return switch (kind) {
      case OVERLAPPING_ENTRIES,
          COMPRESSION_RATIO,
          ENTRY_TOO_LARGE,
          TOTAL_TOO_LARGE,
          TOO_MANY_ENTRIES,
          NOT_READ,
          DAMAGED ->
          true;
      default -> false;
    };
  }
}
