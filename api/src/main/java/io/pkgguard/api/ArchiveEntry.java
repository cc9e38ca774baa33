package io.pkgguard.api;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * One entry of an inspected distribution file, as the archive declares it and as far as it was
 * read. Nothing was extracted: the core read the archive once, in a stream, within the policy's
 * limits.
 *
 * @param path the entry's name exactly as stored (it may hold {@code ..}, control characters or
 *     anything else an attacker chose; escape it before showing it, and see {@link
 *     InspectedDistribution#problems()} for what was wrong with it)
 * @param type what kind of entry it is
 * @param size the bytes actually read for a file (not the size the archive declares); 0 for other
 *     types
 * @param mode the Unix permission bits the archive records, if any
 * @param linkTarget where a symbolic or hard link points, if this is one
 * @param sha256 the SHA-256 of the whole content, lower-case hex, for files of archives whose
 *     contents are checked against a manifest (wheels' {@code RECORD}); empty otherwise or when the
 *     content was not read to its end
 * @param binaryFormat the native executable format recognised from the content's first bytes
 * @param text the content decoded as UTF-8 (malformed bytes replaced), for files that may hold
 *     code or install-time instructions (Python sources, {@code .pth}, scripts, metadata); empty
 *     for other files and for text beyond the policy's budget
 * @param textTruncated whether {@code text} holds only the start of the content
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ArchiveEntry(
    String path,
    Type type,
    long size,
    OptionalInt mode,
    Optional<String> linkTarget,
    Optional<String> sha256,
    BinaryFormat binaryFormat,
    Optional<String> text,
    boolean textTruncated) {

  /** Kinds of archive entry. */
  public enum Type {
    /** A regular file. */
    FILE,
    /** A directory. */
    DIRECTORY,
    /** A symbolic link; its target is in {@link ArchiveEntry#linkTarget()}. */
    SYMBOLIC_LINK,
    /** A hard link to another entry of the archive. */
    HARD_LINK,
    /** A character or block device, or a named pipe: nothing a Python package needs. */
    DEVICE
  }

  /** Native executable formats, recognised by their magic numbers. */
  public enum BinaryFormat {
    /** No native executable format recognised. */
    NONE,
    /** Linux and other Unix executables and shared objects. */
    ELF,
    /** Windows executables and DLLs (an {@code MZ} header leading to a {@code PE} signature). */
    PE,
    /** macOS executables and libraries, thin or universal. */
    MACH_O
  }

  /**
   * Creates the value, checking its components.
   *
   * @param path the entry's name exactly as stored (it may hold {@code ..}, control characters or
   *     anything else an attacker chose; escape it before showing it, and see {@link
   *     InspectedDistribution#problems()} for what was wrong with it)
   * @param type what kind of entry it is
   * @param size the bytes actually read for a file (not the size the archive declares); 0 for other
   *     types
   * @param mode the Unix permission bits the archive records, if any
   * @param linkTarget where a symbolic or hard link points, if this is one
   * @param sha256 the SHA-256 of the whole content, lower-case hex, for files of archives whose
   *     contents are checked against a manifest (wheels' {@code RECORD}); empty otherwise or when
   *     the content was not read to its end
   * @param binaryFormat the native executable format recognised from the content's first bytes
   * @param text the content decoded as UTF-8 (malformed bytes replaced), for files that may hold
   *     code or install-time instructions (Python sources, {@code .pth}, scripts, metadata); empty
   *     for other files and for text beyond the policy's budget
   * @param textTruncated whether {@code text} holds only the start of the content
   */
  public ArchiveEntry {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(linkTarget, "linkTarget");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(binaryFormat, "binaryFormat");
    Objects.requireNonNull(text, "text");
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative");
    }
  }

  /**
   * {@return a file entry with its text, for tests and local tools}
   *
   * @param text the requirement as written
   * @param path the path inside the archive
   */
  public static ArchiveEntry textFile(String path, String text) {
    return new ArchiveEntry(
        path,
        Type.FILE,
        text.length(),
        OptionalInt.empty(),
        Optional.empty(),
        Optional.empty(),
        BinaryFormat.NONE,
        Optional.of(text),
        false);
  }

  /**
   * {@return a file entry whose content was not kept, for tests and local tools}
   *
   * @param size its size in bytes
   * @param path the path inside the archive
   * @param format its native format, if any
   */
  public static ArchiveEntry file(String path, long size, BinaryFormat format) {
    return new ArchiveEntry(
        path,
        Type.FILE,
        size,
        OptionalInt.empty(),
        Optional.empty(),
        Optional.empty(),
        format,
        Optional.empty(),
        false);
  }

  /** {@return the last path component} */
  public String fileName() {
    String p = path;
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p.substring(p.lastIndexOf('/') + 1);
  }
}
