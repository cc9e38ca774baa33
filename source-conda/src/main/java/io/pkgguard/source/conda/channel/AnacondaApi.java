package io.pkgguard.source.conda.channel;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.HttpTransport;
import io.pkgguard.api.Ownership;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.Release;
import io.pkgguard.api.TransportException;
import io.pkgguard.api.TransportRequest;
import io.pkgguard.api.TransportResponse;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What anaconda.org knows of a package that repodata does not say ({@code GET
 * {api}/package/{channel}/{name}}, field layout as recorded in the fixtures): summary,
 * description, home and source URLs, the licence, the owning account, each file's upload time and
 * labels. A file without one of the allowed labels (conda-forge moves withdrawn builds to {@code
 * broken}) is marked withdrawn, with the labels it has. When the API cannot answer, the metadata
 * stays as repodata gave it: those facts are then unknown, not assumed.
 */
final class AnacondaApi {

  private static final Logger LOG = LoggerFactory.getLogger(AnacondaApi.class);
  private static final ObjectMapper JSON =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxNestingDepth(32)
                      .maxNumberLength(32)
                      .maxStringLength(16 << 20)
                      .build())
              .build());
  private static final long MAX_BYTES = 64L << 20;

  private final URI base;
  private final String owner;
  private final Set<String> labels;
  private final HttpTransport transport;
  private final Duration timeout;

  private AnacondaApi(
      URI base, String owner, Set<String> labels, HttpTransport transport, Duration timeout) {
    this.base = base;
    this.owner = owner;
    this.labels = labels;
    this.transport = transport;
    this.timeout = timeout;
  }

  static AnacondaApi create(
      String url, String owner, String labels, HttpTransport transport, Duration timeout) {
    URI base;
    try {
      base = new URI(url.strip().replaceAll("/+$", ""));
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("option api-url '" + url + "' is not a URL");
    }
    if (!"https".equalsIgnoreCase(base.getScheme()) && !"http".equalsIgnoreCase(base.getScheme())) {
      throw new IllegalArgumentException("option api-url must be an https URL");
    }
    if (owner.contains("/") || owner.contains(":")) {
      throw new IllegalArgumentException(
          "option api-url needs a channel on anaconda.org (such as conda-forge), not " + owner);
    }
    Set<String> allowed =
        Arrays.stream(labels.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
    if (allowed.isEmpty()) {
      throw new IllegalArgumentException("option labels names no label");
    }
    return new AnacondaApi(base, owner, allowed, transport, timeout);
  }

  /** The metadata with what the API adds; unchanged if the API cannot answer. */
  PackageMetadata enrich(PackageMetadata metadata, RepodataRecord chosen) {
    URI url = URI.create(base + "/package/" + owner + "/" + metadata.id().name());
    JsonNode body;
    try {
      TransportResponse response =
          transport.get(TransportRequest.get(url, "application/json", MAX_BYTES, timeout));
      if (!response.isSuccess()) {
        LOG.debug("{} answered HTTP {}", url, response.status());
        return metadata;
      }
      body = JSON.readTree(response.body());
    } catch (TransportException | JacksonException e) {
      LOG.debug("{} unavailable: {}", url, e.getMessage());
      return metadata;
    } catch (java.io.IOException e) {
      LOG.debug("{} unreadable: {}", url, e.getMessage());
      return metadata;
    }
    if (body == null
        || !body.isObject()
        || !metadata.id().name().equals(text(body, "name").orElse(""))) {
      LOG.debug("{} did not describe {}", url, metadata.id().name());
      return metadata;
    }
    Map<String, JsonNode> files = new HashMap<>();
    for (JsonNode file : body.path("files")) {
      text(file, "basename").ifPresent(b -> files.put(b.substring(b.lastIndexOf('/') + 1), file));
    }
    List<Release> releases = new ArrayList<>();
    for (Release release : metadata.releases()) {
      releases.add(
          new Release(
              release.version(),
              release.files().stream()
                  .map(f -> withApiFacts(f, files.get(f.filename())))
                  .toList()));
    }
    Map<String, String> urls = new LinkedHashMap<>(metadata.projectUrls());
    text(body, "home").ifPresent(u -> urls.putIfAbsent("Homepage", u));
    text(body, "dev_url").ifPresent(u -> urls.putIfAbsent("Source", u));
    text(body, "doc_url").ifPresent(u -> urls.putIfAbsent("Documentation", u));
    Optional<String> login = text(body.path("owner"), "login");
    return metadata.toBuilder()
        .summary(text(body, "summary").orElse(metadata.summary()))
        .description(text(body, "description").orElse(metadata.description()))
        .license(metadata.license().or(() -> text(body, "license")))
        .homePage(text(body, "home"))
        .projectUrls(urls)
        .releases(releases)
        .files(
            metadata.files().stream().map(f -> withApiFacts(f, files.get(f.filename()))).toList())
        .ownership(
            login.map(l -> new Ownership(Optional.of(l), List.of(new Ownership.Role(l, "Owner")))))
        .build();
  }

  private DistributionFile withApiFacts(DistributionFile file, JsonNode apiFile) {
    if (apiFile == null) {
      return file;
    }
    Optional<Instant> uploaded = text(apiFile, "upload_time").flatMap(AnacondaApi::instant);
    List<String> fileLabels = new ArrayList<>();
    apiFile.path("labels").forEach(l -> fileLabels.add(l.asText()));
    boolean allowed = fileLabels.stream().anyMatch(labels::contains);
    return new DistributionFile(
        file.filename(),
        file.url(),
        file.sha256(),
        file.size(),
        file.kind(),
        uploaded.or(file::uploadTime),
        file.yanked() || !allowed,
        allowed
            ? file.yankedReason()
            : Optional.of(
                "labelled "
                    + (fileLabels.isEmpty() ? "nothing" : String.join(", ", fileLabels))
                    + " on anaconda.org, not "
                    + String.join(" or ", labels.stream().sorted().toList())),
        file.requiresPython(),
        file.provenance());
  }

  /** anaconda.org writes {@code 2020-06-24 07:11:34.659000+00:00}. */
  static Optional<Instant> instant(String text) {
    try {
      return Optional.of(OffsetDateTime.parse(text.strip().replace(' ', 'T')).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      return Optional.empty();
    }
    String text = value.asText().strip();
    return text.isEmpty() || text.toLowerCase(Locale.ROOT).equals("none")
        ? Optional.empty()
        : Optional.of(text);
  }
}
