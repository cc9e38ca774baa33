package io.pkgguard.advisories.osv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pkgguard.advisories.osv.matching.OsvMatcher;
import io.pkgguard.advisories.osv.model.OsvFormatException;
import io.pkgguard.advisories.osv.model.OsvRecord;
import io.pkgguard.advisories.osv.model.OsvRecordReader;
import io.pkgguard.api.Advisory;
import io.pkgguard.api.AdvisoryQuery;
import io.pkgguard.api.AdvisorySource;
import io.pkgguard.api.HttpTransport;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.SourceException;
import io.pkgguard.api.SourceException.Reason;
import io.pkgguard.api.TransportException;
import io.pkgguard.api.TransportRequest;
import io.pkgguard.api.TransportResponse;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Advisories from the OSV API: {@code POST /v1/querybatch} for up to 1,000 package versions per
 * request (following {@code next_page_token}s), then {@code GET /v1/vulns/{id}} for each record
 * not already held (records are kept by id and {@code modified} time, so an unchanged record is
 * fetched once per guard). The records are matched again locally, to name the nearest fixed
 * version; OSV's own answer decides whether a version is affected. Thread-safe.
 */
final class OsvApiSource implements AdvisorySource {

  /** The most queries OSV accepts in one batch. */
  static final int BATCH = 1000;

  private static final int MAX_PAGES = 20;
  private static final String JSON = "application/json";

  private final URI base;
  private final HttpTransport transport;
  private final OsvMatcher matcher;
  private final OsvRecordReader reader;
  private final long maxBytes;
  private final Duration timeout;
  private final ObjectMapper mapper = new ObjectMapper();
  private final Map<String, Cached> records = new ConcurrentHashMap<>();

  private record Cached(String modified, OsvRecord record) {}

  OsvApiSource(
      URI base,
      HttpTransport transport,
      OsvMatcher matcher,
      OsvRecordReader reader,
      long maxBytes,
      Duration timeout) {
    this.base = base;
    this.transport = transport;
    this.matcher = matcher;
    this.reader = reader;
    this.maxBytes = maxBytes;
    this.timeout = timeout;
  }

  /** OSV has advisories for the ecosystems {@link OsvMatcher} maps (PyPI), none for conda. */
  @Override
  public boolean covers(String ecosystem) {
    return OsvMatcher.osvEcosystem(ecosystem).isPresent();
  }

  @Override
  public List<Advisory> advisories(PackageId id, String version) throws SourceException {
    AdvisoryQuery query = new AdvisoryQuery(id, version);
    return advisories(List.of(query)).getOrDefault(query, List.of());
  }

  @Override
  public Map<AdvisoryQuery, List<Advisory>> advisories(List<AdvisoryQuery> queries)
      throws SourceException {
    List<AdvisoryQuery> asked = new ArrayList<>(new LinkedHashSet<>(queries));
    Map<AdvisoryQuery, List<Advisory>> answers = new LinkedHashMap<>();
    List<AdvisoryQuery> known = new ArrayList<>();
    for (AdvisoryQuery q : asked) {
      if (OsvMatcher.osvEcosystem(q.id().ecosystem()).isEmpty()) {
        answers.put(q, List.of()); // OSV has no records for this ecosystem
      } else {
        known.add(q);
      }
    }
    for (int from = 0; from < known.size(); from += BATCH) {
      List<AdvisoryQuery> chunk = known.subList(from, Math.min(known.size(), from + BATCH));
      Map<AdvisoryQuery, Map<String, String>> ids = vulnerabilityIds(chunk);
      for (AdvisoryQuery q : chunk) {
        List<Advisory> found = new ArrayList<>();
        for (Map.Entry<String, String> vuln : ids.get(q).entrySet()) {
          OsvRecord record = record(vuln.getKey(), vuln.getValue());
          // OSV listed it: it affects the version, even where the local reading is undecided
          found.add(
              matcher
                  .match(record, q.id(), q.version())
                  .filter(a -> a.undecided().isEmpty())
                  .orElseGet(() -> matcher.listed(record, q.id(), q.version())));
        }
        answers.put(q, List.copyOf(found));
      }
    }
    return answers;
  }

  /** For each query, the ids (and modified times) of the records OSV lists for it. */
  private Map<AdvisoryQuery, Map<String, String>> vulnerabilityIds(List<AdvisoryQuery> chunk)
      throws SourceException {
    Map<AdvisoryQuery, Map<String, String>> ids = new LinkedHashMap<>();
    Map<AdvisoryQuery, String> pending = new LinkedHashMap<>();
    for (AdvisoryQuery q : chunk) {
      ids.put(q, new LinkedHashMap<>());
      pending.put(q, "");
    }
    for (int page = 0; !pending.isEmpty(); page++) {
      if (page >= MAX_PAGES) {
        throw new SourceException(
            Reason.MALFORMED,
            "OSV at "
                + base
                + " kept paging after "
                + MAX_PAGES
                + " pages; the answer is incomplete");
      }
      List<AdvisoryQuery> asking = new ArrayList<>(pending.keySet());
      JsonNode results = post(batchBody(asking, pending)).path("results");
      if (!results.isArray() || results.size() != asking.size()) {
        throw malformed(
            "querybatch answered "
                + (results.isArray() ? results.size() + " results" : "without results")
                + " for "
                + asking.size()
                + " queries");
      }
      Map<AdvisoryQuery, String> next = new LinkedHashMap<>();
      for (int i = 0; i < asking.size(); i++) {
        JsonNode result = results.get(i);
        for (JsonNode vuln : result.path("vulns")) {
          String id = vuln.path("id").asText("");
          if (id.isBlank() || id.length() > 200) {
            throw malformed("querybatch result " + i + " has a vulnerability without an id");
          }
          ids.get(asking.get(i)).put(id, vuln.path("modified").asText(""));
        }
        String token = result.path("next_page_token").asText("");
        if (!token.isEmpty()) {
          next.put(asking.get(i), token);
        }
      }
      pending = next;
    }
    return ids;
  }

  private byte[] batchBody(List<AdvisoryQuery> asking, Map<AdvisoryQuery, String> tokens) {
    ObjectNode body = mapper.createObjectNode();
    ArrayNode list = body.putArray("queries");
    for (AdvisoryQuery q : asking) {
      ObjectNode query = list.addObject();
      query
          .putObject("package")
          .put("ecosystem", OsvMatcher.osvEcosystem(q.id().ecosystem()).orElseThrow())
          .put("name", q.id().name());
      query.put("version", q.version());
      if (!tokens.get(q).isEmpty()) {
        query.put("page_token", tokens.get(q));
      }
    }
    try {
      return mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a querybatch body", e);
    }
  }

  private OsvRecord record(String id, String modified) throws SourceException {
    Cached cached = records.get(id);
    if (cached != null && cached.modified().equals(modified) && !modified.isEmpty()) {
      return cached.record();
    }
    URI uri = base.resolve("/v1/vulns/" + encode(id));
    TransportResponse response = send(TransportRequest.get(uri, JSON, maxBytes, timeout));
    if (response.status() == 404) {
      throw new SourceException(
          Reason.MALFORMED, "OSV listed " + id + " but " + uri + " does not exist");
    }
    checkStatus(response, uri);
    OsvRecord record;
    try {
      record = reader.read(response.body(), uri.toString());
    } catch (OsvFormatException e) {
      throw new SourceException(Reason.MALFORMED, e.getMessage(), e);
    }
    if (!record.id().equals(id)) {
      throw new SourceException(Reason.MISMATCH, uri + " describes " + record.id() + ", not " + id);
    }
    records.put(id, new Cached(modified, record));
    return record;
  }

  private JsonNode post(byte[] body) throws SourceException {
    URI uri = base.resolve("/v1/querybatch");
    TransportResponse response =
        send(
            TransportRequest.post(
                uri, JSON, new TransportRequest.Body(JSON, body), maxBytes, timeout));
    checkStatus(response, uri);
    try {
      JsonNode node = mapper.readTree(response.body());
      if (node == null || !node.isObject()) {
        throw malformed(uri + " did not answer with a JSON object");
      }
      return node;
    } catch (java.io.IOException e) {
      throw malformed(uri + " did not answer with JSON: " + e.getMessage());
    }
  }

  private TransportResponse send(TransportRequest request) throws SourceException {
    try {
      return transport.get(request);
    } catch (TransportException e) {
      throw new SourceException(
          e.reason() == TransportException.Reason.UNTRUSTED
              ? Reason.UNTRUSTED
              : e.reason() == TransportException.Reason.TOO_LARGE
                  ? Reason.TOO_LARGE
                  : Reason.UNAVAILABLE,
          "OSV could not be consulted: " + e.getMessage(),
          e);
    }
  }

  private static void checkStatus(TransportResponse response, URI uri) throws SourceException {
    if (response.status() != 200) {
      throw new SourceException(
          Reason.UNAVAILABLE,
          "OSV could not be consulted: " + uri + " answered HTTP " + response.status());
    }
    Optional<String> type = response.header("Content-Type");
    if (type.isPresent() && !type.get().toLowerCase(java.util.Locale.ROOT).contains("json")) {
      throw new SourceException(
          Reason.MALFORMED, uri + " answered " + type.get() + " instead of JSON");
    }
  }

  private SourceException malformed(String problem) {
    return new SourceException(
        Reason.MALFORMED, "unexpected answer from OSV at " + base + ": " + problem);
  }

  private static String encode(String id) {
    return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** For tests: the ids of the records held. */
  Set<String> heldRecords() {
    return Set.copyOf(records.keySet());
  }
}
