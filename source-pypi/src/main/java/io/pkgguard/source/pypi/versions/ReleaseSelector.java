package io.pkgguard.source.pypi.versions;

import io.pkgguard.api.Release;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the release pip would install for a version constraint: among releases with files that
 * are not all yanked (PEP 592) and whose versions are valid PEP 440, those the specifier set
 * admits — pre-releases only if the set names one or no final release matches — and of those the
 * newest.
 */
public final class ReleaseSelector {

  private ReleaseSelector() {}

  /** The chosen release's version as the index spells it, if any release qualifies. */
  public static Optional<String> newest(List<Release> releases, Pep440SpecifierSet constraint) {
    List<Release> installable =
        releases.stream()
            .filter(r -> !r.files().isEmpty() && !r.isYanked())
            .filter(r -> Pep440Version.tryParse(r.version()).isPresent())
            .toList();
    return constraint.filter(installable, Release::version, Optional.empty()).stream()
        .max(Comparator.comparing(r -> Pep440Version.parse(r.version())))
        .map(Release::version);
  }
}
