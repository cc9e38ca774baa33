package io.pkgguard.testkit;

import io.pkgguard.api.HttpTransport;
import io.pkgguard.api.TransportException;
import io.pkgguard.api.TransportRequest;
import io.pkgguard.api.TransportResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Answers from recorded responses by URL (path and query); anything not recorded is a 404. One
 * URL can be made to fail in a chosen way, for the contract's fault cases. Keeps the URLs asked
 * for, in order.
 */
final class RecordedTransport implements HttpTransport {

  /** A recorded answer. */
  record Recorded(int status, byte[] body, Map<String, List<String>> headers) {}

  /** How the one faulty URL fails. */
  enum Fault {
    NOT_FOUND,
    SERVER_ERROR,
    TOO_MANY_REQUESTS,
    TIMEOUT,
    CONNECTION_RESET,
    EMPTY_BODY,
    TRUNCATED_BODY
  }

  private final Map<String, Recorded> recorded = new ConcurrentHashMap<>();
  private final List<URI> asked = new CopyOnWriteArrayList<>();
  private volatile Optional<String> faulty = Optional.empty();
  private volatile Fault fault = Fault.SERVER_ERROR;

  void record(String pathAndQuery, Recorded answer) {
    recorded.put(pathAndQuery, answer);
  }

  /** From now on, the URL with this path and query fails this way; the others answer. */
  void fail(String pathAndQuery, Fault how) {
    faulty = Optional.of(pathAndQuery);
    fault = how;
  }

  void heal() {
    faulty = Optional.empty();
  }

  List<URI> asked() {
    return new ArrayList<>(asked);
  }

  void forget() {
    asked.clear();
  }

  static String key(URI uri) {
    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  @Override
  public TransportResponse get(TransportRequest request) throws TransportException {
    URI uri = request.uri();
    asked.add(uri);
    String key = key(uri);
    Recorded answer = recorded.getOrDefault(key, new Recorded(404, new byte[0], Map.of()));
    if (faulty.filter(key::equals).isPresent()) {
      answer =
          switch (fault) {
            case NOT_FOUND -> new Recorded(404, new byte[0], Map.of());
            case SERVER_ERROR ->
                new Recorded(
                    500, "Internal Server Error".getBytes(StandardCharsets.UTF_8), Map.of());
            case TOO_MANY_REQUESTS ->
                new Recorded(429, new byte[0], Map.of("Retry-After", List.of("1")));
            case TIMEOUT ->
                throw new TransportException(
                    TransportException.Reason.TIMEOUT,
                    uri,
                    "no answer within the deadline (a fault the test kit injected)");
            case CONNECTION_RESET ->
                throw new TransportException(
                    TransportException.Reason.CONNECTION,
                    uri,
                    "connection reset (a fault the test kit" + " injected)");
            case EMPTY_BODY -> new Recorded(200, new byte[0], answer.headers());
            case TRUNCATED_BODY ->
                new Recorded(
                    200,
                    java.util.Arrays.copyOf(answer.body(), answer.body().length / 2),
                    answer.headers());
          };
    }
    if (answer.body().length > request.maxBytes()) {
      throw new TransportException(
          TransportException.Reason.TOO_LARGE,
          uri,
          "the answer is" + " larger than " + request.maxBytes() + " bytes");
    }
    if (request.bodyFile().isPresent() && answer.status() == 200) {
      try {
        Files.write(request.bodyFile().get(), answer.body());
      } catch (java.io.IOException e) {
        throw new TransportException(
            TransportException.Reason.CONNECTION,
            uri,
            "cannot write the download: " + e.getMessage(),
            e);
      }
      return new TransportResponse(200, answer.headers(), new byte[0], uri);
    }
    return new TransportResponse(answer.status(), answer.headers(), answer.body(), uri);
  }
}
