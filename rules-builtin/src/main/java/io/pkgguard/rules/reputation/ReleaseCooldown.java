package io.pkgguard.rules.reputation;

import io.pkgguard.api.Advisory;
import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.Release;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.VersionScheme;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The release cooldown of {@link PackageAgeRule}: a release younger than the cooldown waits for
 * review, and the finding names the newest older release a host can pin instead — unless that
 * older release is affected by an advisory the new one fixes, in which case holding the new
 * release back would hold the fix back, and the finding says to take it.
 */
final class ReleaseCooldown {

  private ReleaseCooldown() {}

  /**
   * The cooldown finding for the chosen release, if it is younger than {@code days}.
   *
   * @param finding how the rule makes a finding (level, message)
   */
  static Optional<Finding> check(
      PackageMetadata m,
      Optional<VersionScheme> scheme,
      Instant now,
      long days,
      BiFunction<RiskLevel, String, Finding> finding) {
    Optional<Instant> uploaded =
        m.files().stream()
            .map(DistributionFile::uploadTime)
            .flatMap(Optional::stream)
            .min(Instant::compareTo);
    if (days <= 0
        || uploaded.isEmpty()
        || Duration.between(uploaded.get(), now).compareTo(Duration.ofDays(days)) >= 0) {
      return Optional.empty();
    }
    long ageDays = Math.max(0, Duration.between(uploaded.get(), now).toDays());
    Optional<Release> older = newestOlder(m, uploaded.get(), scheme);
    if (older.isEmpty()) {
      return Optional.of(
          finding
              .apply(
                  RiskLevel.MEDIUM,
                  "release "
                      + m.version()
                      + " is "
                      + ageDays
                      + " days old (cooldown "
                      + days
                      + " days) and no older release exists")
              .withEvidence(
                  "version",
                  m.version(),
                  "age-days",
                  Long.toString(ageDays),
                  "cooldown-days",
                  Long.toString(days))
              .withRemediation("wait until the release has been public for " + days + " days"));
    }
    String previous = older.get().version();
    Optional<Advisory> fix = fixedHere(m, previous, scheme);
    if (fix.isPresent()) {
      return Optional.of(
          finding
              .apply(
                  RiskLevel.LOW,
                  "release "
                      + m.version()
                      + " is only "
                      + ageDays
                      + " days old, but it fixes "
                      + fix.get().id()
                      + ", which affects "
                      + previous
                      + ": take the fix rather than wait")
              .withEvidence(
                  "version",
                  m.version(),
                  "age-days",
                  Long.toString(ageDays),
                  "advisory",
                  fix.get().id(),
                  "affected-older-release",
                  previous)
              .withRemediation(
                  "install "
                      + m.version()
                      + "; pinning "
                      + previous
                      + " would keep the vulnerability"));
    }
    return Optional.of(
        finding
            .apply(
                RiskLevel.MEDIUM,
                "release "
                    + m.version()
                    + " is "
                    + ageDays
                    + " days old (cooldown "
                    + days
                    + " days); "
                    + previous
                    + " is the newest older release")
            .withEvidence(
                "version",
                m.version(),
                "age-days",
                Long.toString(ageDays),
                "cooldown-days",
                Long.toString(days),
                "suggested-version",
                previous)
            .withRemediation(
                "pin "
                    + previous
                    + " until "
                    + m.version()
                    + " has been public for "
                    + days
                    + " days, or review the new release"));
  }

  /** The newest release, not yanked, with files, uploaded before the chosen one. */
  private static Optional<Release> newestOlder(
      PackageMetadata m, Instant chosen, Optional<VersionScheme> scheme) {
    Comparator<Release> order =
        scheme
            .<Comparator<Release>>map(
                s ->
                    (a, b) ->
                        s.isValid(a.version()) && s.isValid(b.version())
                            ? s.compare(a.version(), b.version())
                            : a.firstUpload()
                                .orElseThrow()
                                .compareTo(b.firstUpload().orElseThrow()))
            .orElse(Comparator.comparing(r -> r.firstUpload().orElseThrow()));
    return m.releases().stream()
        .filter(r -> !r.version().equals(m.version()) && !r.files().isEmpty() && !r.isYanked())
        .filter(r -> r.firstUpload().map(t -> t.isBefore(chosen)).orElse(false))
        .filter(
            r ->
                scheme
                    .map(
                        s ->
                            !s.isValid(r.version())
                                || !s.isValid(m.version())
                                || s.compare(r.version(), m.version()) < 0)
                    .orElse(true))
        .max(order);
  }

  /**
   * An advisory that the chosen release fixes and the older one is affected by: one of its
   * fixed versions is above the older release and at most the chosen one.
   */
  private static Optional<Advisory> fixedHere(
      PackageMetadata m, String older, Optional<VersionScheme> scheme) {
    if (scheme.isEmpty()) {
      return Optional.empty();
    }
    VersionScheme s = scheme.get();
    List<Advisory> advisories = m.advisories();
    return advisories.stream()
        .filter(a -> !a.withdrawn())
        .filter(
            a ->
                a.fixedIn().stream()
                    .filter(s::isValid)
                    .anyMatch(
                        fixed ->
                            s.isValid(older)
                                && s.isValid(m.version())
                                && s.compare(older, fixed) < 0
                                && s.compare(fixed, m.version()) <= 0))
        .findFirst();
  }
}
