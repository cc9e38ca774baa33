package io.pkgguard.rules.names;

import java.util.Objects;

/**
 * A name that look-alikes imitate: a popular project, or a name an organisation listed as its
 * own (internal packages, whose public look-alikes are how dependency confusion works).
 *
 * @param name the PEP 503-normalised name
 * @param rank the download rank (1 = most downloaded), or 0 for a listed name without a rank
 * @param listedIn where the name comes from, for reports ({@code "the top PyPI downloads"},
 *     a corpus file's path)
 */
record PopularName(String name, int rank, String listedIn) {

  PopularName {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(listedIn, "listedIn");
    if (rank < 0) {
      throw new IllegalArgumentException("rank must not be negative: " + rank);
    }
  }

  /** Whether the name was listed without a rank (an organisation's own name). */
  boolean unranked() {
    return rank == 0;
  }

  /** Whether the name is at least as prominent as the given rank; unranked names always are. */
  boolean within(long topRank) {
    return unranked() || rank <= topRank;
  }

  /** "requests (rank 6)" or "acme-billing (listed in internal.txt)". */
  String describe() {
    return unranked() ? name + " (listed in " + listedIn + ")" : name + " (rank " + rank + ")";
  }
}
