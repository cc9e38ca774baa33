package io.pkgguard.source.pypi.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.pkgguard.api.Authorship;
import io.pkgguard.api.HttpTransport;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.PackageSource;
import io.pkgguard.api.SourceException;
import io.pkgguard.api.SourceException.Reason;
import io.pkgguard.api.SourceSettings;
import io.pkgguard.source.pypi.json.JsonFields.ShapeException;
import io.pkgguard.source.pypi.names.PythonNames;
import io.pkgguard.source.pypi.versions.InvalidSpecifierException;
import io.pkgguard.source.pypi.versions.Pep440SpecifierSet;
import io.pkgguard.source.pypi.versions.Pep440Version;
import io.pkgguard.source.pypi.versions.ReleaseSelector;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a PyPI-compatible JSON API through the core's transport: {@code {base}/{name}/json} for
 * the project (every release, and the current release's facts), plus {@code
 * {base}/{name}/{version}/json} when another release is asked for — pinned, or chosen for a
 * version constraint by {@link ReleaseSelector}. Checks that the index answered
 * about the project and version asked for; treats HTML, truncated or hostile JSON (nesting,
 * oversized numbers) as a malformed answer. Thread-safe.
 *
 * <p>Options ({@code [sources.<id>.options]}): {@code timeout-ms} (default 30000) and {@code
 * max-bytes} (default 64 MiB), which the policy's limits cap; {@code download-stats-url}, the
 * base of a pypistats-compatible API (such as {@code https://pypistats.org/api}, whose host must
 * then be among the source's {@code service-hosts}): when set, recent download counts are added
 * to the metadata, or left unknown if the service cannot answer; {@code simple-url}, the base of
 * the index's Simple API (such as {@code https://pypi.org/simple}): when set, the project status
 * (PEP 792) and which files have PEP 740 provenance are added, or left unknown; with {@code
 * provenance = "true"} as well, the release's publisher is read from the Integrity API; {@code
 * account-pages-url}, the base of the index's public account pages (such as {@code
 * https://pypi.org/user}): when set, each maintainer's join date and projects are added, or left
 * unknown; {@code previous-release = "true"}: the authors and maintainers of the release before
 * the chosen one are read from its release document, or left unknown.
 */
public final class PypiJsonSource implements PackageSource {

  private static final Logger LOG = LoggerFactory.getLogger(PypiJsonSource.class);
  static final long DEFAULT_MAX_BYTES = JsonDocuments.DEFAULT_MAX_BYTES;
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  private static final String ACCEPT = "application/json";

  /** Characters a version may have in a URL path here: PEP 440's, and nothing path-like. */
  private static final Pattern SAFE_VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.!+_-]*");

  private final URI base;
  private final HttpTransport transport;
  private final long maxBytes;
  private final Duration timeout;
  private final Optional<DownloadStatsClient> downloadStats;
  private final Optional<SimpleApiClient> simpleApi;
  private final Optional<ProvenanceClient> provenance;
  private final Optional<AccountProfileClient> accounts;
  private final boolean previousRelease;
  private final JsonDocuments documents;

  private PypiJsonSource(
      URI base,
      HttpTransport transport,
      long maxBytes,
      Duration timeout,
      Optional<DownloadStatsClient> downloadStats,
      Optional<SimpleApiClient> simpleApi,
      Optional<ProvenanceClient> provenance,
      Optional<AccountProfileClient> accounts,
      boolean previousRelease) {
    this.base = base;
    this.transport = transport;
    this.maxBytes = maxBytes;
    this.timeout = timeout;
    this.downloadStats = downloadStats;
    this.simpleApi = simpleApi;
    this.provenance = provenance;
    this.accounts = accounts;
    this.previousRelease = previousRelease;
    this.documents =
        new JsonDocuments(
            transport,
            maxBytes,
            timeout,
            "is " + base + " the base of a JSON API such as https://pypi.org/pypi?");
  }

  /**
   * A source for the given settings.
   *
   * @throws IllegalArgumentException if the index URL's scheme is not https, http or file, or an
   *     option is not a positive whole number
   */
  public static PypiJsonSource create(SourceSettings settings) {
    URI index = settings.descriptor().indexUrl();
    String scheme = index.getScheme() == null ? "" : index.getScheme().toLowerCase(Locale.ROOT);
    if (!Set.of("https", "http", "file").contains(scheme)) {
      throw new IllegalArgumentException(
          "the index URL " + index + " must be https: (http: on loopback only) or file:");
    }
    URI base = BaseUrl.of(index);
    long maxBytes = settings.positiveOption("max-bytes", DEFAULT_MAX_BYTES);
    Duration timeout =
        Duration.ofMillis(settings.positiveOption("timeout-ms", DEFAULT_TIMEOUT.toMillis()));
    Optional<DownloadStatsClient> stats =
        settings
            .option("download-stats-url")
            .map(
                url ->
                    new DownloadStatsClient(
                        serviceBase("download-stats-url", url), settings.transport()));
    Optional<SimpleApiClient> simple =
        settings
            .option("simple-url")
            .map(
                url ->
                    new SimpleApiClient(
                        serviceBase("simple-url", url), settings.transport(), maxBytes, timeout));
    Optional<ProvenanceClient> provenance =
        settings
            .option("provenance")
            .filter(value -> flag("provenance", value))
            .map(value -> new ProvenanceClient(settings.transport(), 1L << 20, timeout));
    Optional<AccountProfileClient> accounts =
        settings
            .option("account-pages-url")
            .map(
                url ->
                    new AccountProfileClient(
                        serviceBase("account-pages-url", url), settings.transport()));
    boolean previous =
        settings
            .option("previous-release")
            .map(value -> flag("previous-release", value))
            .orElse(false);
    return new PypiJsonSource(
        base,
        settings.transport(),
        maxBytes,
        timeout,
        stats,
        simple,
        provenance,
        accounts,
        previous);
  }

  private static boolean flag(String option, String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new IllegalArgumentException(
              "option " + option + " must be true or false, not '" + value + "'");
    };
  }

  private static URI serviceBase(String option, String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("option " + option + " '" + url + "' is not a URL");
    }
    if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
      throw new IllegalArgumentException("option " + option + " must be an https URL");
    }
    return uri;
  }

  @Override
  public PackageMetadata fetch(PackageRequest request) throws SourceException {
    PackageMetadata metadata = fetchMetadata(request);
    String name = PythonNames.scheme().normalize(metadata.id().name());
    if (simpleApi.isPresent()) {
      metadata = simpleApi.get().enrich(metadata, name);
      if (provenance.isPresent()) {
        metadata = provenance.get().enrich(metadata);
      }
    }
    if (downloadStats.isPresent()) {
      metadata = metadata.toBuilder().downloads(downloadStats.get().recent(name)).build();
    }
    if (accounts.isPresent()) {
      metadata = accounts.get().enrich(metadata);
    }
    if (previousRelease) {
      metadata =
          metadata.toBuilder().previousAuthorship(previousAuthorship(metadata, name)).build();
    }
    return metadata;
  }

  /**
   * Who the release before the chosen one declared, from its release document; empty for a
   * first release or when the document cannot be had (unknown, not "nobody").
   */
  private Optional<Authorship> previousAuthorship(PackageMetadata metadata, String name) {
    Optional<Pep440Version> chosen = Pep440Version.tryParse(metadata.version());
    if (chosen.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> previous =
        metadata.releases().stream()
            .filter(r -> !r.files().isEmpty() && !r.isYanked())
            .map(io.pkgguard.api.Release::version)
            .filter(v -> SAFE_VERSION.matcher(v).matches())
            .filter(
                v ->
                    Pep440Version.tryParse(v).map(p -> p.compareTo(chosen.get()) < 0).orElse(false))
            .max(java.util.Comparator.comparing(v -> Pep440Version.parse(v)));
    if (previous.isEmpty()) {
      return Optional.empty();
    }
    URI url = URI.create(base + "/" + name + "/" + previous.get() + "/json");
    try {
      JsonNode release = getJson(url, "release " + name + " " + previous.get());
      checkName(release, name, url);
      return Optional.of(PypiJsonMapping.authorship(release));
    } catch (SourceException | ShapeException e) {
      LOG.debug("previous release of {} unavailable: {}", name, e.getMessage());
      return Optional.empty();
    }
  }

  private PackageMetadata fetchMetadata(PackageRequest request) throws SourceException {
    String requested = request.id().name();
    Optional<String> problem = PythonNames.scheme().problem(requested);
    if (problem.isPresent()) {
      throw new SourceException(Reason.INVALID_REQUEST, "invalid project name: " + problem.get());
    }
    String name = PythonNames.scheme().normalize(requested);
    URI projectUrl = URI.create(base + "/" + name + "/json");
    JsonNode project = getJson(projectUrl, "project " + name);
    checkName(project, name, projectUrl);

    try {
      Optional<String> version = request.version();
      if (version.isEmpty() && request.constraint().isPresent()) {
        version = Optional.of(select(project, request.constraint().get(), name, projectUrl));
      }
      if (version.isPresent() && !PypiJsonMapping.listsRelease(project, version.get())) {
        // A pin like 3.6 names release 3.6.0: PEP 440 equality, as installers read it.
        version = Optional.of(equalRelease(project, version.get()).orElse(version.get()));
      }
      if (version.isEmpty() || version.get().equals(PypiJsonMapping.currentVersion(project))) {
        return PypiJsonMapping.map(project, project, projectUrl);
      }
      String wanted = version.get();
      if (!SAFE_VERSION.matcher(wanted).matches() || wanted.contains("..")) {
        throw new SourceException(
            Reason.INVALID_REQUEST, "'" + wanted + "' is not a version that can be looked up");
      }
      if (!PypiJsonMapping.listsRelease(project, wanted)) {
        throw new SourceException(
            Reason.NOT_FOUND, name + " has no release " + wanted + " (see " + projectUrl + ")");
      }
      URI releaseUrl = URI.create(base + "/" + name + "/" + wanted + "/json");
      JsonNode release = getJson(releaseUrl, "release " + name + " " + wanted);
      checkName(release, name, releaseUrl);
      PackageMetadata metadata = PypiJsonMapping.map(project, release, releaseUrl);
      if (!metadata.version().equals(wanted)) {
        throw new SourceException(
            Reason.MISMATCH,
            releaseUrl + " describes version " + metadata.version() + ", not " + wanted);
      }
      return metadata;
    } catch (ShapeException e) {
      throw new SourceException(
          Reason.MALFORMED,
          "unexpected JSON from " + base + " for " + name + ": " + e.getMessage(),
          e);
    }
  }

  /** The release key that is equal to {@code wanted} under PEP 440, if exactly one is. */
  private static Optional<String> equalRelease(JsonNode project, String wanted)
      throws ShapeException {
    Optional<Pep440Version> parsed = Pep440Version.tryParse(wanted);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    List<String> equal =
        PypiJsonMapping.releases(project).stream()
            .map(io.pkgguard.api.Release::version)
            .filter(v -> Pep440Version.tryParse(v).map(parsed.get()::equals).orElse(false))
            .toList();
    return equal.size() == 1 ? Optional.of(equal.get(0)) : Optional.empty();
  }

  /** The newest installable release satisfying a PEP 440 constraint. */
  private static String select(JsonNode project, String constraint, String name, URI url)
      throws SourceException, ShapeException {
    Pep440SpecifierSet specifiers;
    try {
      specifiers = Pep440SpecifierSet.parse(constraint);
    } catch (InvalidSpecifierException e) {
      throw new SourceException(Reason.INVALID_REQUEST, e.getMessage());
    }
    return ReleaseSelector.newest(PypiJsonMapping.releases(project), specifiers)
        .orElseThrow(
            () ->
                new SourceException(
                    Reason.NOT_FOUND,
                    "no installable release of "
                        + name
                        + " satisfies "
                        + constraint
                        + " (yanked releases are skipped; see "
                        + url
                        + ")"));
  }

  private static void checkName(JsonNode document, String name, URI url) throws SourceException {
    String answered;
    try {
      answered = PypiJsonMapping.name(document);
    } catch (ShapeException e) {
      throw new SourceException(
          Reason.MALFORMED, "unexpected JSON from " + url + ": " + e.getMessage(), e);
    }
    if (!PythonNames.scheme().normalize(answered).equals(name)) {
      throw new SourceException(
          Reason.MISMATCH, url + " describes the project '" + answered + "', not '" + name + "'");
    }
  }

  private JsonNode getJson(URI url, String what) throws SourceException {
    return documents.get(url, ACCEPT, what);
  }
}
