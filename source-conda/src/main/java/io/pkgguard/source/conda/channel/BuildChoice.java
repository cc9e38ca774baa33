package io.pkgguard.source.conda.channel;

import io.pkgguard.source.conda.versions.CondaVersion;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which of the matching records conda would install, preferring in this order: no tracked
 * features (the solver de-prioritises them), the highest version, the highest build number, the
 * newest build. Records whose version is not a conda version come last.
 */
final class BuildChoice {

  static final Comparator<RepodataRecord> PREFERENCE =
      Comparator.<RepodataRecord, Boolean>comparing(r -> r.trackFeatures().isBlank())
          .thenComparing(
              r -> CondaVersion.tryParse(r.version()),
              Comparator.<Optional<CondaVersion>, Boolean>comparing(Optional::isPresent)
                  .thenComparing(
                      v -> v.orElse(null), Comparator.nullsFirst(Comparator.naturalOrder())))
          .thenComparingLong(RepodataRecord::buildNumber)
          .thenComparing(r -> r.timestamp().orElse(Instant.EPOCH));

  private BuildChoice() {}

  /** {@return the record conda would pick among {@code candidates}} */
  static Optional<RepodataRecord> best(List<RepodataRecord> candidates) {
    return candidates.stream().max(PREFERENCE);
  }
}
