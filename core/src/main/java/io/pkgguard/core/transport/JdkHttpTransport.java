package io.pkgguard.core.transport;

import io.pkgguard.api.HttpTransport;
import io.pkgguard.api.TransportException;
import io.pkgguard.api.TransportException.Reason;
import io.pkgguard.api.TransportRequest;
import io.pkgguard.api.TransportResponse;
import io.pkgguard.core.connection.TrustedCertificates;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Performs single GET exchanges on {@link java.net.http.HttpClient} (and reads {@code file:} URIs
 * of local mirrors). It does not follow redirects and trusts every URI: wrap it in a {@link
 * TrustedTransport} before handing it to a source.
 *
 * <p>Every exchange is bounded: the whole of it (connect, headers, body) must finish within the
 * request's deadline, and the body within the smaller of the request's and the transport's size
 * cap, after gzip decompression. An exchange that goes the stall timeout without a byte (before
 * the headers, or between two parts of the body) fails then, however long its deadline. Thread-safe; one instance shares its connections among all
 * callers. Close it to release its threads.
 */
public final class JdkHttpTransport implements HttpTransport, AutoCloseable {

  /** The User-Agent sent with every request. */
  public static final String USER_AGENT = "pkgguard/0.1 (package vetting; java.net.http)";

  /** Builds the client on first use: a run that reads only file: mirrors never starts TLS. */
  private final java.util.function.Supplier<HttpClient> clientFactory;

  private volatile HttpClient client;
  private final ExecutorService executor;
  private final long maxBytes;
  private final Duration stallTimeout;

  /** The stall timeout of transports created without one: the built-in policy's. */
  public static final Duration DEFAULT_STALL_TIMEOUT = Duration.ofSeconds(30);

  private JdkHttpTransport(
      Duration connectTimeout,
      long maxBytes,
      java.util.Optional<java.net.ProxySelector> proxy,
      java.util.Optional<javax.net.ssl.SSLContext> tls,
      Duration stallTimeout) {
    this.stallTimeout = stallTimeout;
    AtomicInteger count = new AtomicInteger();
    this.executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread thread = new Thread(r, "pkgguard-http-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    this.clientFactory =
        () -> {
          HttpClient.Builder builder =
              HttpClient.newBuilder()
                  .connectTimeout(connectTimeout)
                  .followRedirects(HttpClient.Redirect.NEVER)
                  .version(HttpClient.Version.HTTP_2)
                  .executor(executor);
          proxy.ifPresent(builder::proxy);
          tls.ifPresent(builder::sslContext);
          return builder.build();
        };
    this.maxBytes = maxBytes;
  }

  /**
   * A transport.
   *
   * @param connectTimeout the longest a connection may take to open
   * @param maxBytes a cap on every body, whatever a request asks for
   */
  public static JdkHttpTransport create(Duration connectTimeout, long maxBytes) {
    return new JdkHttpTransport(
        connectTimeout,
        maxBytes,
        java.util.Optional.empty(),
        java.util.Optional.empty(),
        DEFAULT_STALL_TIMEOUT);
  }

  /**
   * A transport that goes through a proxy and trusts further authorities.
   *
   * @param proxy where connections go (see {@link io.pkgguard.core.connection.EnvironmentProxySelector}); empty: direct
   * @param tls the TLS context (see {@link TrustedCertificates}); empty: the JDK's
   */
  public static JdkHttpTransport create(
      Duration connectTimeout,
      long maxBytes,
      java.util.Optional<java.net.ProxySelector> proxy,
      java.util.Optional<javax.net.ssl.SSLContext> tls) {
    return create(connectTimeout, maxBytes, proxy, tls, DEFAULT_STALL_TIMEOUT);
  }

  /**
   * A transport with a stall timeout of its own.
   *
   * @param stallTimeout the longest an exchange may go without receiving a byte
   */
  public static JdkHttpTransport create(
      Duration connectTimeout,
      long maxBytes,
      java.util.Optional<java.net.ProxySelector> proxy,
      java.util.Optional<javax.net.ssl.SSLContext> tls,
      Duration stallTimeout) {
    return new JdkHttpTransport(connectTimeout, maxBytes, proxy, tls, stallTimeout);
  }

  /** The HTTP client, built by the first request that needs one. */
  private HttpClient client() {
    HttpClient built = client;
    if (built == null) {
      synchronized (this) {
        built = client;
        if (built == null) {
          built = clientFactory.get();
          client = built;
        }
      }
    }
    return built;
  }

  @Override
  public TransportResponse get(TransportRequest request) throws TransportException {
    URI uri = request.uri();
    long cap = Math.min(maxBytes, request.maxBytes());
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("file")) {
      if (request.body().isPresent()) {
        throw new TransportException(Reason.PROTOCOL, uri, "cannot POST to a local file " + uri);
      }
      return FileMirrorReader.read(uri, cap, request.bodyFile());
    }
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new TransportException(Reason.UNTRUSTED, uri, "unsupported scheme in " + uri);
    }
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
    if (scheme.equals("http")) {
      // Plain http is loopback only (tests, local mirrors): no h2c upgrade dance, whose
      // half-upgraded connections have been seen to garble a response under load.
      builder.version(HttpClient.Version.HTTP_1_1);
    }
    if (request.body().isPresent()) {
      builder
          .POST(HttpRequest.BodyPublishers.ofByteArray(request.body().get().bytes()))
          .header("Content-Type", request.body().get().contentType());
    } else {
      builder.GET();
    }
    builder.timeout(request.deadline()).header("User-Agent", USER_AGENT);
    if (request.bodyFile().isEmpty()) {
      // Distribution files are compressed already; their bytes must arrive as published.
      builder.header("Accept-Encoding", "gzip");
    }
    request.headers().forEach(builder::header);

    AtomicBoolean tooLarge = new AtomicBoolean();
    long started = System.nanoTime();
    AtomicLong lastProgress = new AtomicLong(started);
    CompletableFuture<HttpResponse<byte[]>> exchange =
        client()
            .sendAsync(
                builder.build(),
                info -> {
                  lastProgress.set(System.nanoTime());
                  long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
                  return new ProgressTrackingSubscriber<>(
                      request.bodyFile().isPresent() && info.statusCode() == 200
                          ? new CappedFileSubscriber(
                              request.bodyFile().get(), cap, declared, tooLarge)
                          : new CappedBodySubscriber(cap, declared, tooLarge),
                      lastProgress);
                });
    HttpResponse<byte[]> response;
    try {
      response = await(exchange, started, lastProgress, request.deadline(), uri);
    } catch (InterruptedException e) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      throw new TransportException(
          Reason.INTERRUPTED, uri, "interrupted while fetching " + describe(uri));
    } catch (ExecutionException e) {
      if (tooLarge.get()) {
        throw new TransportException(
            Reason.TOO_LARGE,
            uri,
            describe(uri) + " sent a response larger than the " + cap + "-byte limit",
            e.getCause());
      }
      throw translate(uri, e.getCause(), cap, request.deadline());
    }
    if (request.bodyFile().isPresent() && response.statusCode() == 200) {
      String encoding =
          response
              .headers()
              .firstValue("Content-Encoding")
              .orElse("identity")
              .strip()
              .toLowerCase(Locale.ROOT);
      if (!encoding.equals("identity") && !encoding.isEmpty()) {
        throw new TransportException(
            Reason.PROTOCOL,
            uri,
            describe(uri)
                + " sent the file"
                + " with content encoding '"
                + encoding
                + "', which was not asked for");
      }
      return new TransportResponse(200, response.headers().map(), new byte[0], uri);
    }
    byte[] body = decode(uri, response, cap);
    return new TransportResponse(response.statusCode(), response.headers().map(), body, uri);
  }

  /**
   * Waits for an exchange until its deadline, and no longer than the stall timeout past its last
   * progress (the request sent, headers or bytes received).
   */
  private HttpResponse<byte[]> await(
      CompletableFuture<HttpResponse<byte[]>> exchange,
      long started,
      AtomicLong lastProgress,
      Duration deadline,
      URI uri)
      throws InterruptedException, ExecutionException, TransportException {
    long end = started + deadline.toNanos();
    while (true) {
      long now = System.nanoTime();
      long stalledAt = lastProgress.get() + stallTimeout.toNanos();
      if (now - end >= 0) {
        exchange.cancel(true);
        throw timedOut(uri, deadline, null);
      }
      if (now - stalledAt >= 0) {
        exchange.cancel(true);
        throw new TransportException(
            Reason.TIMEOUT,
            uri,
            describe(uri)
                + " sent nothing for "
                + stallTimeout.toMillis()
                + " ms ([limits] stall-timeout-ms); the host has stalled");
      }
      try {
        return exchange.get(Math.min(end - now, stalledAt - now), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        // Look again: progress may have been made meanwhile.
      }
    }
  }

  private static byte[] decode(URI uri, HttpResponse<byte[]> response, long cap)
      throws TransportException {
    String encoding =
        response
            .headers()
            .firstValue("Content-Encoding")
            .orElse("identity")
            .strip()
            .toLowerCase(Locale.ROOT);
    switch (encoding) {
      case "identity", "" -> {
        return response.body();
      }
      case "gzip", "x-gzip" -> {
        return gunzip(uri, response.body(), cap);
      }
      default -> {
        throw new TransportException(
            Reason.PROTOCOL,
            uri,
            describe(uri)
                + " answered with content encoding '"
                + encoding
                + "', which was not asked for");
      }
    }
  }

  private static byte[] gunzip(URI uri, byte[] compressed, long cap) throws TransportException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] chunk = new byte[16 * 1024];
      int read;
      while ((read = in.read(chunk)) > 0) {
        if (out.size() + (long) read > cap) {
          throw new TransportException(
              Reason.TOO_LARGE,
              uri,
              describe(uri) + " sent a compressed body larger than " + cap + " bytes unpacked");
        }
        out.write(chunk, 0, read);
      }
      return out.toByteArray();
    } catch (ZipException | java.io.EOFException e) {
      throw new TransportException(
          Reason.PROTOCOL,
          uri,
          describe(uri) + " sent a damaged gzip body (" + e.getMessage() + ")",
          e);
    } catch (IOException e) {
      throw new TransportException(
          Reason.PROTOCOL,
          uri,
          describe(uri) + " sent an unreadable body (" + e.getMessage() + ")",
          e);
    }
  }

  private static TransportException translate(
      URI uri, Throwable cause, long cap, Duration deadline) {
    if (cause instanceof CappedSubscriber.BodyTooLargeException) {
      return new TransportException(
          Reason.TOO_LARGE,
          uri,
          describe(uri) + " sent a response larger than the " + cap + "-byte limit",
          cause);
    }
    if (cause instanceof HttpTimeoutException) {
      return timedOut(uri, deadline, cause);
    }
    if (cause instanceof javax.net.ssl.SSLException) {
      return new TransportException(
          Reason.CONNECTION,
          uri,
          "TLS failed with " + describe(uri) + ": " + cause.getMessage(),
          cause);
    }
    if (cause instanceof IOException) {
      String detail =
          cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
      return new TransportException(
          Reason.CONNECTION,
          uri,
          "connection to " + describe(uri) + " failed: " + detail,
          cause,
          closedBeforeAnswer(cause) ? 2 : 1);
    }
    return new TransportException(
        Reason.PROTOCOL, uri, "request to " + describe(uri) + " failed: " + cause, cause);
  }

  /**
   * Whether the connection closed before any byte of an answer: the JDK's client then sends an
   * idempotent request once more by itself (no setting turns that off for GET), and reports the
   * second failure as "header parser received no bytes" (JDK 17 to 21). So the request went out
   * twice; {@code JdkHttpTransportTest} notices if a JDK changes this.
   */
  private static boolean closedBeforeAnswer(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (t.getClass().getSimpleName().equals("ConnectionExpiredException")
          || (message != null && message.contains("header parser received no bytes"))) {
        return true;
      }
    }
    return false;
  }

  private static TransportException timedOut(URI uri, Duration deadline, Throwable cause) {
    return new TransportException(
        Reason.TIMEOUT,
        uri,
        "no complete answer from " + describe(uri) + " within " + deadline.toMillis() + " ms",
        cause);
  }

  /** The URI without query or user information, for messages. */
  static String describe(URI uri) {
    String host = uri.getHost() == null ? "" : uri.getHost();
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    return uri.getScheme()
        + "://"
        + host
        + port
        + (uri.getRawPath() == null ? "" : uri.getRawPath());
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
