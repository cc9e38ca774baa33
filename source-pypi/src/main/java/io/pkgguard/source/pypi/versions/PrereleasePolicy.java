package io.pkgguard.source.pypi.versions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How matching versions are filtered for pre-releases. {@code true}: keep them; {@code false}:
 * drop them; empty: PEP 440's default — keep pre-releases only if no final release matches
 * (those seen before the first final are held back and dropped once a final appears).
 */
final class PrereleasePolicy {

  private PrereleasePolicy() {}

  /** Items whose version satisfies {@code member}, in order; unparsable items are dropped. */
  static <T> List<T> filterMembers(
      List<T> items,
      Function<T, VersionItem> key,
      Predicate<Pep440Version> member,
      Optional<Boolean> prereleases) {
    List<T> out = new ArrayList<>();
    List<T> held = new ArrayList<>();
    boolean finalFound = false;
    for (T item : items) {
      Optional<Pep440Version> parsed = key.apply(item).version();
      if (parsed.isEmpty() || !member.test(parsed.get())) {
        continue;
      }
      boolean pre = parsed.get().isPreRelease();
      if (prereleases.isPresent()) {
        if (prereleases.get() || !pre) {
          out.add(item);
        }
      } else if (!pre) {
        finalFound = true;
        out.add(item);
      } else if (!finalFound) {
        held.add(item);
      }
    }
    if (prereleases.isEmpty() && !finalFound) {
      out.addAll(held);
    }
    return out;
  }

  /**
   * Applies the policy to items already known to match (including unparsable ones, which only
   * {@code ===} can match): with the default, unparsable and pre-release items count as
   * non-final.
   */
  static <T> List<T> apply(
      List<T> matches, Function<T, VersionItem> key, Optional<Boolean> prereleases) {
    if (prereleases.isPresent()) {
      if (prereleases.get()) {
        return List.copyOf(matches);
      }
      return matches.stream()
          .filter(item -> key.apply(item).version().map(v -> !v.isPreRelease()).orElse(true))
          .toList();
    }
    List<T> out = new ArrayList<>();
    List<T> nonFinal = new ArrayList<>();
    List<T> arbitrary = new ArrayList<>();
    boolean finalFound = false;
    for (T item : matches) {
      Optional<Pep440Version> parsed = key.apply(item).version();
      if (parsed.isEmpty()) {
        if (finalFound) {
          out.add(item);
        } else {
          arbitrary.add(item);
          nonFinal.add(item);
        }
      } else if (!parsed.get().isPreRelease()) {
        if (!finalFound) {
          out.addAll(arbitrary);
          finalFound = true;
        }
        out.add(item);
      } else if (!finalFound) {
        nonFinal.add(item);
      }
    }
    if (!finalFound) {
      out.addAll(nonFinal);
    }
    return out;
  }
}
