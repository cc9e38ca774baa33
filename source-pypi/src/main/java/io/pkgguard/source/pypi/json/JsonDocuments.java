package io.pkgguard.source.pypi.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pkgguard.api.HttpTransport;
import io.pkgguard.api.SourceException;
import io.pkgguard.api.SourceException.Reason;
import io.pkgguard.api.TransportException;
import io.pkgguard.api.TransportRequest;
import io.pkgguard.api.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * Fetches an index's JSON documents through the transport and turns every way that can fail into
 * a {@link SourceException} that says what happened where: 404/410 not found, other statuses
 * unavailable (with the rate limit or the credentials hint), empty bodies, HTML instead of JSON,
 * truncated or hostile JSON (nesting, huge numbers), anything but an object.
 */
final class JsonDocuments {

  static final long DEFAULT_MAX_BYTES = 64L << 20;

  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxNestingDepth(64)
                      .maxNumberLength(64)
                      .maxStringLength((int) DEFAULT_MAX_BYTES)
                      .build())
              .build());

  private final HttpTransport transport;
  private final long maxBytes;
  private final Duration timeout;
  private final String htmlHint;

  /**
   * @param htmlHint what to suggest when an index answers with HTML
   */
  JsonDocuments(HttpTransport transport, long maxBytes, Duration timeout, String htmlHint) {
    this.transport = transport;
    this.maxBytes = maxBytes;
    this.timeout = timeout;
    this.htmlHint = htmlHint;
  }

  /** The JSON object at {@code url}, asked for as {@code accept}; {@code what} names it. */
  JsonNode get(URI url, String accept, String what) throws SourceException {
    TransportResponse response;
    try {
      response = transport.get(TransportRequest.get(url, accept, maxBytes, timeout));
    } catch (TransportException e) {
      throw new SourceException(reasonFor(e.reason()), e.getMessage(), e);
    }
    int status = response.status();
    if (status == 404 || status == 410) {
      throw new SourceException(
          Reason.NOT_FOUND, "no " + what + " at " + url + " (HTTP " + status + ")");
    }
    if (!response.isSuccess()) {
      String retry =
          response.header("Retry-After").map(s -> "; retry after " + s + " s").orElse("");
      String why =
          switch (status) {
            case 429 -> " (rate limited" + retry + ")";
            case 401, 403 ->
                " (the index needs credentials, or refuses these: give them in"
                    + " ~/.netrc, or to the CLI as PKGGUARD_INDEX_USERNAME and PKGGUARD_INDEX_PASSWORD)";
            default -> "";
          };
      throw new SourceException(Reason.UNAVAILABLE, url + " answered HTTP " + status + why);
    }
    if (response.bodyLength() == 0) {
      throw new SourceException(Reason.MALFORMED, url + " answered with an empty body");
    }
    String type = response.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    if (type.contains("html") || startsLikeMarkup(response)) {
      throw new SourceException(
          Reason.MALFORMED, url + " answered with HTML, not JSON; " + htmlHint);
    }
    try {
      JsonNode node = MAPPER.readTree(response.bodyStream());
      if (node == null || !node.isObject()) {
        throw new SourceException(Reason.MALFORMED, url + " did not answer with a JSON object");
      }
      return node;
    } catch (StreamConstraintsException e) {
      throw new SourceException(
          Reason.MALFORMED,
          url + " answered with JSON beyond safe limits (" + e.getOriginalMessage() + ")",
          e);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new SourceException(
          Reason.MALFORMED,
          url
              + " answered with invalid or truncated JSON"
              + where
              + " ("
              + e.getOriginalMessage()
              + ")",
          e);
    } catch (IOException e) {
      throw new SourceException(Reason.MALFORMED, url + " answered with unreadable JSON", e);
    }
  }

  /** The raw bytes at {@code url} (a core metadata file), with the same status handling. */
  byte[] getBytes(URI url, String what, long limit) throws SourceException {
    TransportResponse response;
    try {
      response =
          transport.get(TransportRequest.get(url, "*/*", Math.min(limit, maxBytes), timeout));
    } catch (TransportException e) {
      throw new SourceException(reasonFor(e.reason()), e.getMessage(), e);
    }
    if (response.status() == 404 || response.status() == 410) {
      throw new SourceException(Reason.NOT_FOUND, "no " + what + " at " + url);
    }
    if (!response.isSuccess()) {
      throw new SourceException(Reason.UNAVAILABLE, url + " answered HTTP " + response.status());
    }
    return response.body();
  }

  private static boolean startsLikeMarkup(TransportResponse response) throws SourceException {
    try (InputStream in = response.bodyStream()) {
      int b;
      while ((b = in.read()) >= 0) {
        if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
          return b == '<';
        }
      }
      return false;
    } catch (IOException e) {
      throw new SourceException(Reason.MALFORMED, "unreadable body", e);
    }
  }

  private static Reason reasonFor(TransportException.Reason reason) {
    return switch (reason) {
      case TOO_LARGE -> Reason.TOO_LARGE;
      case UNTRUSTED -> Reason.UNTRUSTED;
      case PROTOCOL, REDIRECT -> Reason.MALFORMED;
      default -> Reason.UNAVAILABLE;
    };
  }
}
