package io.pkgguard.core.inspection;

import io.pkgguard.api.ArchiveEntry.BinaryFormat;
import io.pkgguard.api.ArchiveProblem;
import io.pkgguard.api.ArchiveProblem.Kind;
import io.pkgguard.core.policy.ArchiveLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Reads file entries within their {@link ReadAllowance}: every byte once, hashed when asked,
 * the first bytes kept to recognise native formats, text kept where the content rules need it.
 * Its buffers are reused from entry to entry, so it belongs to one thread.
 */
final class ContentReader {

  /** Enough for every magic number looked at, including a PE header's offset. */
  private static final int HEAD = 4096;

  private static final int INITIAL_TEXT = 64 * 1024;

  private final ArchiveLimits limits;
  private final byte[] buffer = new byte[64 * 1024];
  private final byte[] head = new byte[HEAD];

  /** Grown to what one entry may keep (at most the per-file text budget), then reused. */
  private byte[] textBuffer = new byte[INITIAL_TEXT];

  private final MessageDigest digest = sha256();

  ContentReader(ArchiveLimits limits) {
    this.limits = limits;
  }

  /**
   * Reads {@code content} (which the caller closes) to its end or to the first limit it passes.
   *
   * @throws IOException if the content cannot be read: the archive is damaged there
   */
  EntryContent read(String path, InputStream content, ReadAllowance allowance) throws IOException {
    List<ArchiveProblem> problems = new ArrayList<>(0);
    boolean stops = false;
    long declared = allowance.declaredSize();
    // A damaged entry unpacking to more than it declares keeps no more text than planned.
    int textAllowed =
        declared >= 0 ? (int) Math.min(allowance.textBytes(), declared) : allowance.textBytes();
    if (declared >= 0 && textAllowed > textBuffer.length) {
      textBuffer = new byte[textAllowed];
    }
    int textLength = 0;
    boolean textTruncated = false;
    boolean complete = true;
    int headLength = 0;
    long size = 0;
    digest.reset();
    while (true) {
      if (textLength == textBuffer.length && textLength < textAllowed) {
        textBuffer =
            Arrays.copyOf(textBuffer, (int) Math.min((long) textBuffer.length * 2, textAllowed));
      }
      boolean intoText = textLength < textAllowed;
      byte[] into = intoText ? textBuffer : buffer;
      int offset = intoText ? textLength : 0;
      int room = intoText ? Math.min(textAllowed, textBuffer.length) - textLength : buffer.length;
      int read = content.read(into, offset, room);
      if (read <= 0) {
        break;
      }
      if (size + read > limits.maxEntryBytes()) {
        problems.add(
            new ArchiveProblem(
                Kind.ENTRY_TOO_LARGE,
                path,
                "larger than " + limits.maxEntryBytes() + " bytes; the rest was not read"));
        complete = false;
        break;
      }
      if (size + read > allowance.totalLeft()) {
        problems.add(
            new ArchiveProblem(
                Kind.TOTAL_TOO_LARGE,
                "",
                "unpacks to more than "
                    + limits.maxTotalBytes()
                    + " bytes; the rest was not read"));
        stops = true;
        complete = false;
        break;
      }
      size += read;
      if (declared >= 0 && size > declared) {
        problems.add(
            new ArchiveProblem(
                Kind.DAMAGED,
                path,
                "unpacks to more than the "
                    + declared
                    + " bytes the archive declares for it; the rest was not read"));
        complete = false;
        break;
      }
      long packed = allowance.packedSize();
      if (packed >= 0
          && size > ArchiveLimits.RATIO_FLOOR
          && size / Math.max(packed, 1) > limits.maxCompressionRatio()) {
        problems.add(
            new ArchiveProblem(
                Kind.COMPRESSION_RATIO,
                path,
                "unpacks to more than "
                    + limits.maxCompressionRatio()
                    + " times its packed "
                    + packed
                    + " bytes (a compression bomb); the rest was not read"));
        complete = false;
        break;
      }
      if (headLength < HEAD) {
        int n = Math.min(read, HEAD - headLength);
        System.arraycopy(into, offset, head, headLength, n);
        headLength += n;
      }
      if (allowance.digest()) {
        digest.update(into, offset, read);
      }
      if (intoText) {
        textLength += read;
      } else if (allowance.wantText()) {
        textTruncated = true;
      }
    }
    if (complete && declared >= 0 && size < declared) {
      problems.add(
          new ArchiveProblem(
              Kind.DAMAGED,
              path,
              "unpacks to "
                  + size
                  + " bytes, fewer than the "
                  + declared
                  + " the archive declares for it"));
      complete = false;
    }
    Optional<String> sha =
        allowance.digest() && complete
            ? Optional.of(HexFormat.of().formatHex(digest.digest()))
            : Optional.empty();
    BinaryFormat format = BinaryFormats.recognise(head, headLength);
    // A program installed onto the PATH may be a script or a native executable: only a script
    // is text (a native one under a harmless name is the rules' concern, not the text's).
    boolean text = allowance.wantText() && format == BinaryFormat.NONE;
    if (text && textTruncated && EntryCollector.runnable(path)) {
      // Code left unread could hide anything; a large data file (JSON schemas, word lists) is
      // only data, and its start is kept for what the rules look for.
      problems.add(
          new ArchiveProblem(
              Kind.NOT_READ,
              path,
              "only its first "
                  + textLength
                  + " bytes were inspected (text budget of "
                  + limits.maxTextBytes()
                  + " per file, "
                  + limits.maxTextTotal()
                  + " per archive)"));
    }
    return new EntryContent(
        size,
        sha,
        format,
        text
            ? Optional.of(new String(textBuffer, 0, textLength, StandardCharsets.UTF_8))
            : Optional.empty(),
        text && textTruncated,
        problems,
        stops);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
