package io.pkgguard.source.pypi.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pkgguard.api.AttestedRelease;
import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.HttpTransport;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.Publisher;
import io.pkgguard.api.Release;
import io.pkgguard.api.TransportException;
import io.pkgguard.api.TransportRequest;
import io.pkgguard.api.TransportResponse;
import io.pkgguard.source.pypi.json.JsonFields.ShapeException;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The publisher of a release from the Integrity API (PEP 740): the provenance document of the
 * first file that has one ({@code {"version": 1, "attestation_bundles": [{"publisher": {"kind",
 * "repository", "workflow", "environment"}, "attestations": [...]}]}}, as docs.pypi.org/api/integrity
 * describes). One request per release, not per file: a release's files share their publisher —
 * for the chosen release, and for the newest earlier release with provenance, to compare. Any
 * failure leaves a publisher unknown.
 */
final class ProvenanceClient {

  static final String MEDIA_TYPE = "application/vnd.pypi.integrity.v1+json";

  private static final Logger LOG = LoggerFactory.getLogger(ProvenanceClient.class);
  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder().maxNestingDepth(32).maxNumberLength(32).build())
              .build());

  private final HttpTransport transport;
  private final long maxBytes;
  private final Duration timeout;

  ProvenanceClient(HttpTransport transport, long maxBytes, Duration timeout) {
    this.transport = transport;
    this.maxBytes = maxBytes;
    this.timeout = timeout;
  }

  /**
   * The metadata with the release's publisher, and the publisher of the newest earlier release
   * that has provenance, where they can be read: two requests at most.
   */
  PackageMetadata enrich(PackageMetadata metadata) {
    Optional<URI> where = firstProvenance(metadata.files());
    PackageMetadata.Builder builder = metadata.toBuilder();
    where.ifPresent(url -> builder.publisher(publisher(url)));
    earlierAttested(metadata)
        .ifPresent(
            release ->
                firstProvenance(release.files())
                    .flatMap(this::publisher)
                    .ifPresent(
                        p ->
                            builder.previousPublisher(
                                Optional.of(new AttestedRelease(release.version(), p)))));
    return builder.build();
  }

  private static Optional<URI> firstProvenance(List<DistributionFile> files) {
    return files.stream().map(DistributionFile::provenance).flatMap(Optional::stream).findFirst();
  }

  /** The newest release uploaded before the chosen one whose files have provenance. */
  private static Optional<Release> earlierAttested(PackageMetadata m) {
    Optional<Instant> chosen =
        m.files().stream()
            .map(DistributionFile::uploadTime)
            .flatMap(Optional::stream)
            .min(Instant::compareTo);
    if (chosen.isEmpty()) {
      return Optional.empty();
    }
    return m.releases().stream()
        .filter(r -> !r.version().equals(m.version()))
        .filter(r -> firstProvenance(r.files()).isPresent())
        .filter(r -> r.firstUpload().map(t -> t.isBefore(chosen.get())).orElse(false))
        .max(java.util.Comparator.comparing(r -> r.firstUpload().orElseThrow()));
  }

  private Optional<Publisher> publisher(URI url) {
    try {
      TransportResponse response =
          transport.get(TransportRequest.get(url, MEDIA_TYPE, maxBytes, timeout));
      if (response.status() != 200) {
        LOG.debug("provenance at {}: HTTP {}", url, response.status());
        return Optional.empty();
      }
      JsonNode root = MAPPER.readTree(response.bodyStream());
      for (JsonNode bundle : JsonFields.array(root, "attestation_bundles", "attestation_bundles")) {
        Optional<JsonNode> publisher =
            JsonFields.optionalObject(bundle, "publisher", "attestation_bundles[].publisher");
        if (publisher.isPresent()) {
          JsonNode p = publisher.get();
          String path = "attestation_bundles[].publisher";
          return Optional.of(
              new Publisher(
                  JsonFields.requiredText(p, "kind", path + ".kind"),
                  JsonFields.requiredText(p, "repository", path + ".repository"),
                  JsonFields.text(p, "workflow", path + ".workflow"),
                  JsonFields.text(p, "environment", path + ".environment")));
        }
      }
      return Optional.empty();
    } catch (TransportException | IOException | ShapeException e) {
      LOG.debug("provenance at {} unavailable: {}", url, e.getMessage());
      return Optional.empty();
    }
  }
}
