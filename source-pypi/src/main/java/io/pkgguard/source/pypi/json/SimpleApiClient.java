package io.pkgguard.source.pypi.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.HttpTransport;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.ProjectStatus;
import io.pkgguard.api.Release;
import io.pkgguard.api.TransportException;
import io.pkgguard.api.TransportRequest;
import io.pkgguard.api.TransportResponse;
import io.pkgguard.source.pypi.json.JsonFields.ShapeException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What only the Simple API (PEP 691 JSON) tells: the project's status (PEP 792) and which files
 * have PEP 740 provenance. {@code GET {base}/{name}/} with {@code Accept:
 * application/vnd.pypi.simple.v1+json}; fields as served by Warehouse ({@code project-status},
 * {@code files[].filename}, {@code files[].provenance}). Any failure leaves these facts unknown:
 * they enrich the metadata, which the JSON API already supplied.
 */
final class SimpleApiClient {

  static final String MEDIA_TYPE = "application/vnd.pypi.simple.v1+json";

  private static final Logger LOG = LoggerFactory.getLogger(SimpleApiClient.class);
  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder().maxNestingDepth(32).maxNumberLength(32).build())
              .build());

  private final URI base;
  private final HttpTransport transport;
  private final long maxBytes;
  private final Duration timeout;

  SimpleApiClient(URI base, HttpTransport transport, long maxBytes, Duration timeout) {
    this.base = BaseUrl.of(base);
    this.transport = transport;
    this.maxBytes = maxBytes;
    this.timeout = timeout;
  }

  /** The metadata with status and provenance added, or unchanged if they cannot be had. */
  PackageMetadata enrich(PackageMetadata metadata, String normalizedName) {
    URI url = URI.create(base + "/" + normalizedName + "/");
    try {
      TransportResponse response =
          transport.get(TransportRequest.get(url, MEDIA_TYPE, maxBytes, timeout));
      String type = response.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
      if (response.status() != 200 || !type.contains("json")) {
        LOG.debug("simple API for {}: HTTP {} {}", normalizedName, response.status(), type);
        return metadata;
      }
      JsonNode root = MAPPER.readTree(response.bodyStream());
      Optional<ProjectStatus> status = status(root);
      Map<String, URI> provenance = new HashMap<>();
      List<JsonNode> files = JsonFields.array(root, "files", "files");
      for (int i = 0; i < files.size(); i++) {
        JsonNode file = files.get(i);
        String path = "files[" + i + "]";
        Optional<String> where = JsonFields.text(file, "provenance", path + ".provenance");
        if (where.isPresent()) {
          provenance.put(
              JsonFields.requiredText(file, "filename", path + ".filename"), new URI(where.get()));
        }
      }
      return metadata.toBuilder()
          .status(status)
          .files(withProvenance(metadata.files(), provenance))
          .releases(
              metadata.releases().stream()
                  .map(r -> new Release(r.version(), withProvenance(r.files(), provenance)))
                  .toList())
          .build();
    } catch (TransportException | IOException | ShapeException | URISyntaxException e) {
      LOG.debug("simple API for {} unavailable: {}", normalizedName, e.getMessage());
      return metadata;
    }
  }

  /**
   * The project status a Simple API page gives: its {@code project-status}, or — PEP 792: a
   * status not noted is active — active on indexes speaking API 1.4 or later; unknown on older
   * ones, which cannot note any status.
   */
  static Optional<ProjectStatus> status(JsonNode page) {
    JsonNode node = page.get("project-status");
    if (node != null && node.isObject()) {
      return Optional.of(
          ProjectStatus.of(
              node.path("status").asText("active"),
              Optional.ofNullable(node.get("reason"))
                  .filter(JsonNode::isTextual)
                  .map(JsonNode::asText)));
    }
    return knowsProjectStatus(page.path("meta").path("api-version").asText(""))
        ? Optional.of(ProjectStatus.of("active", Optional.empty()))
        : Optional.empty();
  }

  /** Whether a Simple API version is 1.4 or later, the first to carry project status. */
  static boolean knowsProjectStatus(String apiVersion) {
    String[] parts = apiVersion.split("\\.");
    try {
      int major = Integer.parseInt(parts[0]);
      int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
      return major > 1 || (major == 1 && minor >= 4);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static List<DistributionFile> withProvenance(
      List<DistributionFile> files, Map<String, URI> provenance) {
    return files.stream()
        .map(f -> f.withProvenance(Optional.ofNullable(provenance.get(f.filename()))))
        .toList();
  }
}
