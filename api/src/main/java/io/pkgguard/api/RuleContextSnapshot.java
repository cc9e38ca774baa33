package io.pkgguard.api;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The one implementation of {@link RuleContext}: an immutable snapshot, built only by {@link
 * RuleContext.Builder}, so that a context can gain parts without breaking anyone who builds one.
 */
record RuleContextSnapshot(
    PackageRequest request,
    Optional<PackageMetadata> optionalMetadata,
    RuleParameters parameters,
    Clock clock,
    NameScheme names,
    SourceDescriptor source,
    Optional<VersionScheme> versions,
    List<String> advisoryDatabases,
    List<InspectedDistribution> distributions,
    Optional<EnvironmentContext> environment)
    implements RuleContext {

  @Override
  public PackageMetadata metadata() {
    return optionalMetadata.orElseThrow(
        () ->
            new IllegalStateException(
                "no metadata for "
                    + request
                    + ": request-stage rules run before the source is"
                    + " asked"));
  }

  @Override
  public boolean hasMetadata() {
    return optionalMetadata.isPresent();
  }
}
