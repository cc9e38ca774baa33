package io.pkgguard.core.inspection;

import io.pkgguard.api.ArchiveEntry.BinaryFormat;
import io.pkgguard.api.ArchiveProblem;
import java.util.List;
import java.util.Optional;

/**
 * What reading one file entry found: its size, digest, native format and text, and the problems
 * met on the way.
 *
 * @param size the bytes read
 * @param sha256 the content's digest in hex, when asked for and the content was read whole
 * @param binaryFormat the native format its first bytes show
 * @param text the kept text decoded as UTF-8, when the entry may hold code
 * @param textTruncated whether the text holds only the start of the content
 * @param problems what reading met, in order
 * @param stopsArchive whether one of the problems ends reading the whole archive
 */
record EntryContent(
    long size,
    Optional<String> sha256,
    BinaryFormat binaryFormat,
    Optional<String> text,
    boolean textTruncated,
    List<ArchiveProblem> problems,
    boolean stopsArchive) {

  EntryContent {
    problems = List.copyOf(problems);
  }
}
