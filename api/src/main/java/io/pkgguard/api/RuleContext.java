package io.pkgguard.api;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Everything a {@link SecurityRule} may look at while it checks one package. The core builds one
 * per rule call; rule authors build them in tests with {@link #builder(PackageRequest)}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface RuleContext {

  /** {@return what was asked for} */
  PackageRequest request();

  /**
   * What the source reported.
   *
   * @throws IllegalStateException in a {@link RuleStage#REQUEST} rule, which runs before any
   *     source is asked
   * @return what the source reported
   */
  PackageMetadata metadata();

  /** {@return whether {@link #metadata()} is available} */
  boolean hasMetadata();

  /** {@return this rule's parameters from the policy} */
  RuleParameters parameters();

  /** {@return the only clock a rule may use} */
  Clock clock();

  /** {@return how the package's ecosystem spells and compares names} */
  NameScheme names();

  /** {@return the source the package is (or would be) fetched from, and what it trusts} */
  SourceDescriptor source();

  /**
   * How the package's ecosystem orders and classifies versions, if it says; rules that need
   * "is this a pre-release?" or "which is newer?" use it instead of guessing from the text.
   *
   * @return the ecosystem's version scheme, if it has one
   */
  Optional<VersionScheme> versions();

  /**
   * The ids of the advisory databases (policy {@code [advisories.<id>]}) that were consulted for
   * this package; their advisories are merged into {@link PackageMetadata#advisories()}. Empty
   * when none is configured, or before metadata.
   *
   * @return the ids of the advisory databases consulted; possibly empty
   */
  default java.util.List<String> advisoryDatabases() {
    return java.util.List.of();
  }

  /**
   * The distribution files the core downloaded and read for this release (for {@link
   * RuleStage#CONTENT} rules; empty before that stage). Each was checked against the index's
   * digest before it was read.
   *
   * @return the files read for this release; empty before the content stage
   */
  default java.util.List<InspectedDistribution> distributions() {
    return java.util.List.of();
  }

  /**
   * The environment an {@link RuleStage#ENVIRONMENT} rule reports on; empty at every other stage.
   *
   * @return the environment, its packages' verdicts and the sources
   */
  default Optional<EnvironmentContext> environment() {
    return Optional.empty();
  }

  /**
   * {@return a builder; unset parts default to empty parameters, the UTC system clock and no
   * metadata}
   *
   * @param request what is asked for
   */
  static Builder builder(PackageRequest request) {
    return new Builder(request);
  }

  /** Builds {@link RuleContext} instances; not thread-safe. */
  final class Builder {
    private final PackageRequest request;
    private Optional<PackageMetadata> metadata = Optional.empty();
    private RuleParameters parameters = RuleParameters.empty();
    private Clock clock = Clock.systemUTC();
    private NameScheme names = NameScheme.verbatim();
    private SourceDescriptor source;
    private Optional<VersionScheme> versions = Optional.empty();
    private java.util.List<String> advisoryDatabases = java.util.List.of();
    private java.util.List<InspectedDistribution> distributions = java.util.List.of();
    private Optional<EnvironmentContext> environment = Optional.empty();

    private Builder(PackageRequest request) {
      this.request = Objects.requireNonNull(request, "request");
      this.source = SourceDescriptor.unknown(request.id().ecosystem());
    }

    /**
     * Sets the metadata.
     *
     * @param value the value
     * @return this builder
     */
    public Builder metadata(PackageMetadata value) {
      metadata = Optional.of(value);
      return this;
    }

    /**
     * Sets the parameters.
     *
     * @param value the value
     * @return this builder
     */
    public Builder parameters(RuleParameters value) {
      parameters = Objects.requireNonNull(value, "parameters");
      return this;
    }

    /**
     * Sets the clock.
     *
     * @param value the value
     * @return this builder
     */
    public Builder clock(Clock value) {
      clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Sets the names.
     *
     * @param value the value
     * @return this builder
     */
    public Builder names(NameScheme value) {
      names = Objects.requireNonNull(value, "names");
      return this;
    }

    /**
     * Sets the source.
     *
     * @param value the value
     * @return this builder
     */
    public Builder source(SourceDescriptor value) {
      source = Objects.requireNonNull(value, "source");
      return this;
    }

    /**
     * Sets the versions.
     *
     * @param value the value
     * @return this builder
     */
    public Builder versions(VersionScheme value) {
      versions = Optional.of(value);
      return this;
    }

    /**
     * Sets the advisory databases.
     *
     * @param value the value
     * @return this builder
     */
    public Builder advisoryDatabases(java.util.List<String> value) {
      advisoryDatabases = java.util.List.copyOf(value);
      return this;
    }

    /**
     * Sets the distributions.
     *
     * @param value the value
     * @return this builder
     */
    public Builder distributions(java.util.List<InspectedDistribution> value) {
      distributions = java.util.List.copyOf(value);
      return this;
    }

    /**
     * Sets the environment, for an environment-stage rule.
     *
     * @param value the value
     * @return this builder
     */
    public Builder environment(EnvironmentContext value) {
      environment = Optional.of(value);
      return this;
    }

    /**
     * Builds the context.
     *
     * @return an immutable context
     */
    public RuleContext build() {
      return new RuleContextSnapshot(
          request,
          metadata,
          parameters,
          clock,
          names,
          source,
          versions,
          advisoryDatabases,
          distributions,
          environment);
    }
  }
}
