package io.pkgguard.source.pypi.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pkgguard.api.DownloadCounts;
import io.pkgguard.api.HttpTransport;
import io.pkgguard.api.TransportException;
import io.pkgguard.api.TransportRequest;
import io.pkgguard.api.TransportResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recent download counts from a pypistats-compatible service: {@code GET
 * {base}/packages/{name}/recent} answers {@code {"data": {"last_day": n, "last_week": n,
 * "last_month": n}, "package": name, "type": "recent_downloads"}} (pypistats.org/api). Any
 * failure — unreachable, unknown package, another shape — means "unknown": the counts are
 * optional evidence, and unknown is never reported as zero.
 */
final class DownloadStatsClient {

  private static final Logger LOG = LoggerFactory.getLogger(DownloadStatsClient.class);
  private static final long MAX_BYTES = 64 * 1024;
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder().maxNestingDepth(16).maxNumberLength(20).build())
              .build());

  private final URI base;
  private final HttpTransport transport;

  DownloadStatsClient(URI base, HttpTransport transport) {
    this.base = BaseUrl.of(base);
    this.transport = transport;
  }

  /** The counts for a normalised project name, or empty if they cannot be had. */
  Optional<DownloadCounts> recent(String normalizedName) {
    URI url = URI.create(base + "/packages/" + normalizedName + "/recent");
    try {
      TransportResponse response =
          transport.get(TransportRequest.get(url, "application/json", MAX_BYTES, TIMEOUT));
      if (response.status() != 200) {
        LOG.debug("download statistics for {}: HTTP {}", normalizedName, response.status());
        return Optional.empty();
      }
      JsonNode root = MAPPER.readTree(response.bodyStream());
      JsonNode echoed = root.path("package");
      if (echoed.isTextual() && !echoed.asText().equals(normalizedName)) {
        LOG.debug("download statistics answered about {}, not {}", echoed.asText(), normalizedName);
        return Optional.empty();
      }
      JsonNode data = root.path("data");
      return Optional.of(
          new DownloadCounts(
              count(data, "last_day"), count(data, "last_week"), count(data, "last_month")));
    } catch (TransportException | IOException | IllegalArgumentException e) {
      LOG.debug("download statistics for {} unavailable: {}", normalizedName, e.getMessage());
      return Optional.empty();
    }
  }

  private static long count(JsonNode data, String field) {
    JsonNode value = data.get(field);
    if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new IllegalArgumentException("no whole number '" + field + "'");
    }
    return value.longValue();
  }
}
