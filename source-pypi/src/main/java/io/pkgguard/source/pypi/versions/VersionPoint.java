package io.pkgguard.source.pypi.versions;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A point on the PEP 440 version line: a version itself, or a boundary that sits just above a
 * family of versions and below everything else. Boundaries are what make clauses such as
 * {@code <=1.0} or {@code >1.0} expressible as intervals, since the versions they exclude are not
 * a single version: {@code <=1.0} also admits {@code 1.0+local}, {@code >1.0} also excludes
 * {@code 1.0.post1}.
 *
 * <p>Relative to a version V: {@code V < V+local < afterLocals(V) < V.post0 < afterPosts(V)}.
 *
 * @param version the version, or the version whose family the boundary sits above
 * @param kind whether this is the version itself or a boundary above its family
 */
record VersionPoint(Pep440Version version, Kind kind) implements Comparable<VersionPoint> {

  /** What the point is relative to its version. */
  enum Kind {
    /** The version itself. */
    EXACT,
    /** Above V and every {@code V+local}, below {@code V.post0}. */
    AFTER_LOCALS,
    /** Above V, its local versions and its post-releases; below the next release. */
    AFTER_POSTS
  }

  VersionPoint {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(kind, "kind");
  }

  static VersionPoint of(Pep440Version version) {
    return new VersionPoint(version, Kind.EXACT);
  }

  static VersionPoint afterLocals(Pep440Version version) {
    return new VersionPoint(version, Kind.AFTER_LOCALS);
  }

  static VersionPoint afterPosts(Pep440Version version) {
    return new VersionPoint(version, Kind.AFTER_POSTS);
  }

  boolean isExact() {
    return kind == Kind.EXACT;
  }

  /**
   * The smallest version strictly above this boundary, if there is one: above
   * {@code afterLocals(V)} it is V's next dev or post-release, above {@code afterPosts(V)} of a
   * pre-release the next pre-release's dev0; a final release's posts have no least successor.
   */
  Optional<Pep440Version> leastVersionAbove() {
    if (kind == Kind.EXACT) {
      throw new IllegalStateException("only boundaries have a least successor");
    }
    if (kind == Kind.AFTER_LOCALS) {
      if (version.dev().isPresent()) {
        return Optional.of(version.withDev(version.dev().getAsLong() + 1));
      }
      long nextPost = version.post().isPresent() ? version.post().getAsLong() + 1 : 0;
      return Optional.of(version.withPostAndDev(nextPost, 0));
    }
    return version.preKind().isPresent()
        ? Optional.of(version.nextPreReleaseDev0())
        : Optional.empty();
  }

  /**
   * Orders by the version's sort key, where a boundary replaces the local label with "above
   * every label" and {@code afterPosts} also replaces the post number with "above every post".
   * Two boundaries that cover the same family are equal ({@code afterPosts(1.0)} and
   * {@code afterPosts(1.0.post1)}).
   */
  @Override
  public int compareTo(VersionPoint other) {
    if (isExact() && other.isExact()) {
      return version.compareTo(other.version);
    }
    int c = version.compareEpochAndRelease(other.version);
    if (c != 0) {
      return c;
    }
    c = Arrays.compare(suffixKey(), other.suffixKey());
    if (c != 0) {
      return c;
    }
    // Same public version: a boundary is above every local label, and equal to a boundary.
    if (isExact() != other.isExact()) {
      return isExact() ? -1 : 1;
    }
    return 0;
  }

  private long[] suffixKey() {
    long[] key = version.suffixKey();
    if (kind == Kind.AFTER_POSTS) {
      key[2] = Long.MAX_VALUE;
      key[3] = Long.MAX_VALUE;
    }
    return key;
  }

  /** Equality is the ordering's, so equal boundaries written from different versions are one. */
  @Override
  public boolean equals(Object o) {
    return o instanceof VersionPoint other && compareTo(other) == 0;
  }

  @Override
  public int hashCode() {
    if (isExact()) {
      return version.hashCode();
    }
    return Objects.hash(version.baseVersion(), Arrays.hashCode(suffixKey()));
  }

  @Override
  public String toString() {
    return switch (kind) {
      case EXACT -> version.toString();
      case AFTER_LOCALS -> "afterLocals(" + version.publicText() + ")";
      case AFTER_POSTS -> "afterPosts(" + version.publicText() + ")";
    };
  }
}
