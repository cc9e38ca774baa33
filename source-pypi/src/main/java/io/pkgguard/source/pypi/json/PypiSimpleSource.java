package io.pkgguard.source.pypi.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.HttpTransport;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.PackageSource;
import io.pkgguard.api.ProjectStatus;
import io.pkgguard.api.Release;
import io.pkgguard.api.SourceException;
import io.pkgguard.api.SourceException.Reason;
import io.pkgguard.api.SourceSettings;
import io.pkgguard.source.pypi.files.DistributionFilenames;
import io.pkgguard.source.pypi.json.JsonFields.ShapeException;
import io.pkgguard.source.pypi.metadata.CoreMetadata;
import io.pkgguard.source.pypi.metadata.CoreMetadataParser;
import io.pkgguard.source.pypi.metadata.InvalidCoreMetadataException;
import io.pkgguard.source.pypi.names.PythonNames;
import io.pkgguard.source.pypi.versions.InvalidSpecifierException;
import io.pkgguard.source.pypi.versions.Pep440SpecifierSet;
import io.pkgguard.source.pypi.versions.Pep440Version;
import io.pkgguard.source.pypi.versions.ReleaseSelector;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A source for indexes that serve only the Simple API, in its JSON form (PEP 691): versions and
 * files (with hashes, sizes, upload times, yanks, provenance and project status) from {@code
 * {base}/{name}/}, and the descriptive metadata and dependencies of the chosen release from its
 * core metadata file (PEP 658: {@code {file url}.metadata}), whose digest is checked against the
 * one the index declares. A release whose files offer no core metadata is reported without
 * author, licence, description or dependencies — the index does not say them. Thread-safe.
 *
 * <p>The release is chosen as pip would: the exact pin (PEP 440 equality), the newest release
 * satisfying a constraint, or the newest installable release.
 */
public final class PypiSimpleSource implements PackageSource {

  private static final Logger LOG = LoggerFactory.getLogger(PypiSimpleSource.class);
  private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

  private final URI base;
  private final JsonDocuments documents;

  private PypiSimpleSource(URI base, JsonDocuments documents) {
    this.base = base;
    this.documents = documents;
  }

  /**
   * A source for the given settings (options as for {@code pypi-json}: {@code timeout-ms}, {@code
   * max-bytes}).
   *
   * @throws IllegalArgumentException if the index URL is not https, http or file
   */
  public static PypiSimpleSource create(SourceSettings settings) {
    URI index = settings.descriptor().indexUrl();
    String scheme = index.getScheme() == null ? "" : index.getScheme().toLowerCase(Locale.ROOT);
    if (!List.of("https", "http", "file").contains(scheme)) {
      throw new IllegalArgumentException(
          "the index URL " + index + " must be https: (http: on loopback only) or file:");
    }
    long maxBytes = settings.positiveOption("max-bytes", JsonDocuments.DEFAULT_MAX_BYTES);
    Duration timeout =
        Duration.ofMillis(
            settings.positiveOption("timeout-ms", PypiJsonSource.DEFAULT_TIMEOUT.toMillis()));
    HttpTransport transport = settings.transport();
    return new PypiSimpleSource(
        BaseUrl.of(index),
        new JsonDocuments(
            transport,
            maxBytes,
            timeout,
            "pypi-simple needs the JSON form of the Simple API (PEP 691); use an index that serves"
                + " application/vnd.pypi.simple.v1+json"));
  }

  @Override
  public PackageMetadata fetch(PackageRequest request) throws SourceException {
    String requested = request.id().name();
    Optional<String> problem = PythonNames.scheme().problem(requested);
    if (problem.isPresent()) {
      throw new SourceException(Reason.INVALID_REQUEST, "invalid project name: " + problem.get());
    }
    String name = PythonNames.scheme().normalize(requested);
    URI pageUrl = URI.create(base + "/" + name + "/");
    JsonNode page = documents.get(pageUrl, SimpleApiClient.MEDIA_TYPE, "project " + name);
    try {
      String answered = JsonFields.requiredText(page, "name", "name");
      if (!PythonNames.scheme().normalize(answered).equals(name)) {
        throw new SourceException(
            Reason.MISMATCH,
            pageUrl + " describes the project '" + answered + "', not '" + name + "'");
      }
      Map<String, List<DistributionFile>> byVersion = new LinkedHashMap<>();
      Map<String, Optional<String>> metadataDigests = new LinkedHashMap<>();
      for (String version : JsonFields.texts(page, "versions", "versions")) {
        byVersion.put(version, new ArrayList<>());
      }
      List<JsonNode> files = JsonFields.array(page, "files", "files");
      for (int i = 0; i < files.size(); i++) {
        String path = "files[" + i + "]";
        JsonNode node = files.get(i);
        DistributionFile file = file(node, path, pageUrl);
        Optional<String> version = DistributionFilenames.version(file.filename(), name);
        if (version.isEmpty()) {
          LOG.debug("{}: cannot read a version from {}", pageUrl, file.filename());
          continue;
        }
        byVersion.computeIfAbsent(version.get(), v -> new ArrayList<>()).add(file);
        coreMetadataDigest(node, path).ifPresent(d -> metadataDigests.put(file.filename(), d));
      }
      List<Release> releases =
          byVersion.entrySet().stream()
              .map(e -> new Release(e.getKey(), e.getValue()))
              .sorted(
                  Comparator.comparing(
                      r -> Pep440Version.tryParse(r.version()).orElse(null),
                      Comparator.nullsFirst(Comparator.naturalOrder())))
              .toList();
      Release chosen = choose(request, releases, name, pageUrl);
      PackageMetadata.Builder builder =
          PackageMetadata.builder(PackageId.pypi(answered), chosen.version(), pageUrl)
              .releases(releases)
              .files(chosen.files())
              .status(status(page))
              .yanked(
                  chosen.isYanked(),
                  chosen.files().stream()
                      .map(DistributionFile::yankedReason)
                      .flatMap(Optional::stream)
                      .findFirst())
              .requiresPython(
                  chosen.files().stream()
                      .map(DistributionFile::requiresPython)
                      .flatMap(Optional::stream)
                      .findFirst());
      Optional<CoreMetadata> core = coreMetadata(chosen, metadataDigests, name);
      core.ifPresent(
          m ->
              builder
                  .summary(m.summary())
                  .description(m.description())
                  .author(m.author())
                  .authorEmail(m.authorEmail())
                  .maintainer(m.maintainer())
                  .maintainerEmail(m.maintainerEmail())
                  .license(m.license())
                  .licenseExpression(m.licenseExpression())
                  .classifiers(m.classifiers())
                  .projectUrls(m.projectUrls())
                  .homePage(m.homePage())
                  .requiresDist(m.requiresDist())
                  .requiresPython(
                      m.requiresPython()
                          .or(
                              () ->
                                  chosen.files().stream()
                                      .map(DistributionFile::requiresPython)
                                      .flatMap(Optional::stream)
                                      .findFirst())));
      return builder.build();
    } catch (ShapeException e) {
      throw new SourceException(
          Reason.MALFORMED, "unexpected JSON from " + pageUrl + ": " + e.getMessage(), e);
    }
  }

  private static Release choose(
      PackageRequest request, List<Release> releases, String name, URI pageUrl)
      throws SourceException {
    if (request.version().isPresent()) {
      String wanted = request.version().get();
      Optional<Pep440Version> parsed = Pep440Version.tryParse(wanted);
      return releases.stream()
          .filter(
              r ->
                  r.version().equals(wanted)
                      || (parsed.isPresent()
                          && Pep440Version.tryParse(r.version())
                              .map(parsed.get()::equals)
                              .orElse(false)))
          .findFirst()
          .orElseThrow(
              () ->
                  new SourceException(
                      Reason.NOT_FOUND,
                      name + " has no release " + wanted + " (see " + pageUrl + ")"));
    }
    Pep440SpecifierSet constraint;
    try {
      constraint =
          request.constraint().map(Pep440SpecifierSet::parse).orElse(Pep440SpecifierSet.any());
    } catch (InvalidSpecifierException e) {
      throw new SourceException(Reason.INVALID_REQUEST, e.getMessage());
    }
    String version =
        ReleaseSelector.newest(releases, constraint)
            .orElseThrow(
                () ->
                    new SourceException(
                        Reason.NOT_FOUND,
                        "no installable release of "
                            + name
                            + request.constraint().map(c -> " satisfies " + c).orElse(" exists")
                            + " (yanked releases are skipped; see "
                            + pageUrl
                            + ")"));
    return releases.stream().filter(r -> r.version().equals(version)).findFirst().orElseThrow();
  }

  /** The core metadata of the release's best file (a wheel if one offers it), digest checked. */
  private Optional<CoreMetadata> coreMetadata(
      Release release, Map<String, Optional<String>> digests, String name) throws SourceException {
    Optional<DistributionFile> withMetadata =
        release.files().stream()
            .filter(f -> digests.containsKey(f.filename()))
            .min(Comparator.comparing(f -> f.kind() == DistributionFile.Kind.WHEEL ? 0 : 1));
    if (withMetadata.isEmpty()) {
      return Optional.empty();
    }
    DistributionFile file = withMetadata.get();
    URI url = URI.create(file.url() + ".metadata");
    byte[] bytes =
        documents.getBytes(
            url, "core metadata of " + file.filename(), CoreMetadataParser.MAX_BYTES);
    Optional<String> declared = digests.get(file.filename());
    if (declared.isPresent() && !declared.get().equalsIgnoreCase(sha256(bytes))) {
      throw new SourceException(
          Reason.MALFORMED,
          "the core metadata of "
              + file.filename()
              + " does not match the digest the index declares");
    }
    CoreMetadata metadata;
    try {
      metadata = CoreMetadataParser.parse(bytes);
    } catch (InvalidCoreMetadataException e) {
      throw new SourceException(Reason.MALFORMED, url + ": " + e.getMessage(), e);
    }
    boolean sameVersion =
        Pep440Version.tryParse(metadata.version())
            .flatMap(v -> Pep440Version.tryParse(release.version()).map(v::equals))
            .orElse(metadata.version().equals(release.version()));
    if (!PythonNames.scheme().normalize(metadata.name()).equals(name) || !sameVersion) {
      throw new SourceException(
          Reason.MISMATCH,
          url
              + " describes "
              + metadata.name()
              + " "
              + metadata.version()
              + ", not "
              + name
              + " "
              + release.version());
    }
    return Optional.of(metadata);
  }

  private static DistributionFile file(JsonNode node, String path, URI pageUrl)
      throws ShapeException {
    if (!node.isObject()) {
      throw new ShapeException(path, "an object", node);
    }
    String filename = JsonFields.requiredText(node, "filename", path + ".filename");
    URI url;
    try {
      // File URLs may be relative to the project page.
      url = pageUrl.resolve(new URI(JsonFields.requiredText(node, "url", path + ".url")));
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      throw new ShapeException(path + ".url", "a URL", node.get("url"));
    }
    Optional<String> sha256 = Optional.empty();
    Optional<JsonNode> hashes = JsonFields.optionalObject(node, "hashes", path + ".hashes");
    if (hashes.isPresent()) {
      sha256 = JsonFields.text(hashes.get(), "sha256", path + ".hashes.sha256");
      if (sha256.isPresent() && !SHA256.matcher(sha256.get()).matches()) {
        throw new ShapeException(
            path + ".hashes.sha256", "64 hexadecimal digits", hashes.get().get("sha256"));
      }
    }
    Optional<Instant> uploaded = Optional.empty();
    Optional<String> time = JsonFields.text(node, "upload-time", path + ".upload-time");
    if (time.isPresent()) {
      uploaded = io.pkgguard.api.Timestamps.parse(time.get());
      if (uploaded.isEmpty()) {
        throw new ShapeException(
            path + ".upload-time", "an ISO-8601 time", node.get("upload-time"));
      }
    }
    JsonNode yanked = node.get("yanked");
    boolean isYanked = yanked != null && (yanked.isTextual() || yanked.asBoolean(false));
    Optional<String> reason =
        yanked != null && yanked.isTextual() && !yanked.asText().isBlank()
            ? Optional.of(yanked.asText())
            : Optional.empty();
    Optional<URI> provenance =
        JsonFields.text(node, "provenance", path + ".provenance").flatMap(PypiSimpleSource::tryUri);
    return new DistributionFile(
        filename,
        url,
        sha256,
        JsonFields.wholeNumber(node, "size", path + ".size")
            .map(OptionalLong::of)
            .orElse(OptionalLong.empty()),
        DistributionFile.Kind.ofFileName(filename),
        uploaded,
        isYanked,
        reason,
        JsonFields.text(node, "requires-python", path + ".requires-python"),
        provenance);
  }

  /** {@code core-metadata} (or the older {@code data-dist-info-metadata}): absent if false. */
  private static Optional<Optional<String>> coreMetadataDigest(JsonNode node, String path) {
    JsonNode value =
        node.has("core-metadata") ? node.get("core-metadata") : node.get("data-dist-info-metadata");
    if (value == null || value.isNull() || (value.isBoolean() && !value.asBoolean())) {
      return Optional.empty();
    }
    if (value.isObject() && value.path("sha256").isTextual()) {
      return Optional.of(Optional.of(value.path("sha256").asText()));
    }
    return Optional.of(Optional.empty());
  }

  private static Optional<ProjectStatus> status(JsonNode page) {
    return SimpleApiClient.status(page);
  }

  private static Optional<URI> tryUri(String text) {
    try {
      return Optional.of(new URI(text));
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
