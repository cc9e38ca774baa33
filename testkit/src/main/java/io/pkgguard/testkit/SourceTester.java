package io.pkgguard.testkit;

import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.PackageSource;
import io.pkgguard.api.PackageSourceProvider;
import io.pkgguard.api.SourceDescriptor;
import io.pkgguard.api.SourceException;
import io.pkgguard.api.SourceSettings;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apiguardian.api.API;

/**
 * Holds a source plugin to the source contract, on recorded responses: it answers with metadata
 * or throws a {@link SourceException} of the right reason, never anything else, never hangs; and
 * what it could not learn stays unknown rather than being made up.
 *
 * <p>The source is created from its provider as the guard creates it, with a transport that
 * answers from the responses the test recorded (by path and query; anything else is a 404).
 * {@link #fetch} is one call; {@link #verifyContract} replays the request with each fault the
 * contract covers:
 *
 * <ul>
 *   <li>the first document it asks for answers 404: {@code NOT_FOUND};
 *   <li>... answers 500 or 429, times out, or the connection is reset: {@code UNAVAILABLE};
 *   <li>... answers 200 with an empty body, or half of the recorded body: {@code MALFORMED};
 *   <li>any later request (download counts, ownership, provenance) fails with 500 or a timeout:
 *       a {@code SourceException}, or the same metadata with what that request would have told
 *       left unknown — every {@code Optional} component either empty or as before.
 * </ul>
 *
 * <p>Each call has {@link #DEADLINE}; a call that throws anything but a {@code SourceException},
 * or takes longer, fails the test with an {@link AssertionError}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SourceTester {

  /** How long one call of the source may take. */
  public static final Duration DEADLINE = Duration.ofSeconds(10);

  private final PackageSourceProvider provider;
  private final RecordedTransport transport = new RecordedTransport();
  private final Map<String, String> options = new LinkedHashMap<>();
  private final Set<String> trustedHosts = new LinkedHashSet<>();
  private URI index = URI.create("https://index.test/pypi");
  private Instant now = RuleTester.DEFAULT_NOW;

  private SourceTester(PackageSourceProvider provider) {
    this.provider = Objects.requireNonNull(provider, "provider");
  }

  /**
   * A tester for a source type.
   *
   * @param provider the provider the plugin registers
   * @return the tester
   */
  public static SourceTester forProvider(PackageSourceProvider provider) {
    return new SourceTester(provider);
  }

  /**
   * The index URL the source is configured with (default {@code https://index.test/pypi}).
   *
   * @param value the URL
   * @return this tester
   */
  public SourceTester index(URI value) {
    index = Objects.requireNonNull(value, "value");
    return this;
  }

  /**
   * A host the source may fetch files from, besides the index's.
   *
   * @param host the host name
   * @return this tester
   */
  public SourceTester trustHost(String host) {
    trustedHosts.add(Objects.requireNonNull(host, "host"));
    return this;
  }

  /**
   * An option of the source's policy table.
   *
   * @param key the option
   * @param value its value
   * @return this tester
   */
  public SourceTester option(String key, String value) {
    options.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    return this;
  }

  /**
   * The instant the source's clock is fixed at.
   *
   * @param value the instant
   * @return this tester
   */
  public SourceTester at(Instant value) {
    now = Objects.requireNonNull(value, "value");
    return this;
  }

  /**
   * Records a 200 answer.
   *
   * @param pathAndQuery such as {@code /pypi/demo/json}
   * @param body the body, as the service sent it
   * @return this tester
   */
  public SourceTester respond(String pathAndQuery, String body) {
    return respond(pathAndQuery, 200, body, Map.of());
  }

  /**
   * Records an answer.
   *
   * @param pathAndQuery such as {@code /pypi/demo/json}
   * @param status the HTTP status
   * @param body the body
   * @param headers response headers
   * @return this tester
   */
  public SourceTester respond(
      String pathAndQuery, int status, String body, Map<String, List<String>> headers) {
    transport.record(
        Objects.requireNonNull(pathAndQuery, "pathAndQuery"),
        new RecordedTransport.Recorded(
            status, body.getBytes(StandardCharsets.UTF_8), Map.copyOf(headers)));
    return this;
  }

  /**
   * Asks the source once.
   *
   * @param request what is asked for
   * @return the metadata
   * @throws AssertionError if the source throws (a {@code SourceException} included), or hangs
   */
  public PackageMetadata fetch(PackageRequest request) {
    Outcome outcome = call(create(), request);
    return outcome
        .metadata()
        .orElseThrow(
            () ->
                new AssertionError(
                    "the source could not"
                        + " answer "
                        + describe(request)
                        + ": "
                        + outcome.failure().map(Throwable::toString).orElse("")));
  }

  /**
   * Asks the source once, expecting a failure.
   *
   * @param request what is asked for
   * @param reason the reason it must give
   * @return the exception, for further assertions
   * @throws AssertionError if it answers, throws something else, or hangs
   */
  public SourceException fetchFails(PackageRequest request, SourceException.Reason reason) {
    Outcome outcome = call(create(), request);
    SourceException failure =
        outcome
            .failure()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "expected "
                            + reason
                            + " for "
                            + describe(request)
                            + ", but the source answered"));
    if (failure.reason() != reason) {
      throw new AssertionError(
          "expected "
              + reason
              + " for "
              + describe(request)
              + ", got "
              + failure.reason()
              + ": "
              + failure.getMessage(),
          failure);
    }
    return failure;
  }

  /** {@return every URL the source asked for so far, in order} */
  public List<URI> requests() {
    return transport.asked();
  }

  /**
   * Runs the request on the recorded responses, then with each fault of the contract.
   *
   * @param request a request the recorded responses answer
   * @return the metadata of the fault-free run
   * @throws AssertionError naming the fault and what the source did, at the first breach
   */
  public PackageMetadata verifyContract(PackageRequest request) {
    PackageSource source = create();
    transport.forget();
    PackageMetadata full =
        call(source, request)
            .metadata()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "the recorded responses must answer "
                            + describe(request)
                            + " before faults can be tried: "
                            + call(source, request).failure().map(Throwable::toString).orElse("")));
    List<String> asked = transport.asked().stream().map(RecordedTransport::key).distinct().toList();
    String first = asked.get(0);
    expectFailure(
        source,
        request,
        first,
        RecordedTransport.Fault.NOT_FOUND,
        SourceException.Reason.NOT_FOUND);
    for (RecordedTransport.Fault fault :
        List.of(
            RecordedTransport.Fault.SERVER_ERROR,
            RecordedTransport.Fault.TOO_MANY_REQUESTS,
            RecordedTransport.Fault.TIMEOUT,
            RecordedTransport.Fault.CONNECTION_RESET)) {
      expectFailure(source, request, first, fault, SourceException.Reason.UNAVAILABLE);
    }
    for (RecordedTransport.Fault fault :
        List.of(RecordedTransport.Fault.EMPTY_BODY, RecordedTransport.Fault.TRUNCATED_BODY)) {
      expectFailure(source, request, first, fault, SourceException.Reason.MALFORMED);
    }
    for (String later : asked.subList(1, asked.size())) {
      for (RecordedTransport.Fault fault :
          List.of(RecordedTransport.Fault.SERVER_ERROR, RecordedTransport.Fault.TIMEOUT)) {
        transport.fail(later, fault);
        try {
          call(source, request)
              .metadata()
              .ifPresent(partial -> expectNothingMadeUp(full, partial, later, fault));
        } finally {
          transport.heal();
        }
      }
    }
    return full;
  }

  private void expectFailure(
      PackageSource source,
      PackageRequest request,
      String url,
      RecordedTransport.Fault fault,
      SourceException.Reason reason) {
    transport.fail(url, fault);
    try {
      Outcome outcome = call(source, request);
      SourceException failure =
          outcome
              .failure()
              .orElseThrow(
                  () ->
                      new AssertionError(
                          "when "
                              + url
                              + " fails with "
                              + fault
                              + ", the source must throw SourceException("
                              + reason
                              + "); it answered"));
      if (failure.reason() != reason) {
        throw new AssertionError(
            "when "
                + url
                + " fails with "
                + fault
                + ", the reason must be "
                + reason
                + ", not "
                + failure.reason()
                + " ("
                + failure.getMessage()
                + ")",
            failure);
      }
    } finally {
      transport.heal();
    }
  }

  /** Every optional fact is either as before or unknown: a failed request invents nothing. */
  private static void expectNothingMadeUp(
      PackageMetadata full, PackageMetadata partial, String url, RecordedTransport.Fault fault) {
    List<String> invented = new ArrayList<>();
    for (RecordComponent component : PackageMetadata.class.getRecordComponents()) {
      if (component.getType() != Optional.class) {
        continue;
      }
      Optional<?> before = (Optional<?>) read(component, full);
      Optional<?> after = (Optional<?>) read(component, partial);
      if (after.isPresent() && !after.equals(before)) {
        invented.add(
            component.getName()
                + " = "
                + after.get()
                + " (with every answer: "
                + before.map(Object::toString).orElse("unknown")
                + ")");
      }
    }
    if (!invented.isEmpty()) {
      throw new AssertionError(
          "when "
              + url
              + " fails with "
              + fault
              + ", the source must leave"
              + " what it would have told unknown; instead:\n  "
              + String.join("\n  ", invented));
    }
  }

  private static Object read(RecordComponent component, PackageMetadata metadata) {
    try {
      return component.getAccessor().invoke(metadata);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private PackageSource create() {
    Set<String> hosts = new LinkedHashSet<>(trustedHosts);
    hosts.add(index.getHost() == null ? "" : index.getHost());
    SourceSettings settings =
        new SourceSettings(
            new SourceDescriptor(provider.type(), provider.ecosystem(), index, hosts),
            transport,
            Clock.fixed(now, ZoneOffset.UTC),
            options);
    try {
      return Objects.requireNonNull(provider.create(settings), "create returned null");
    } catch (RuntimeException e) {
      throw new AssertionError(
          "the provider " + provider.getClass().getName() + " could not" + " create a source: " + e,
          e);
    }
  }

  /** One call in a thread of its own, so that a hang fails the test instead of stopping it. */
  private static Outcome call(PackageSource source, PackageRequest request) {
    ExecutorService executor =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread thread = new Thread(r, "pkgguard-testkit-source");
              thread.setDaemon(true);
              return thread;
            });
    try {
      Future<PackageMetadata> future = executor.submit(() -> source.fetch(request));
      try {
        PackageMetadata metadata = future.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        if (metadata == null) {
          throw new AssertionError(
              "the source returned null for "
                  + describe(request)
                  + "; a source answers with metadata or throws SourceException");
        }
        return new Outcome(Optional.of(metadata), Optional.empty());
      } catch (ExecutionException e) {
        if (e.getCause() instanceof SourceException failure) {
          return new Outcome(Optional.empty(), Optional.of(failure));
        }
        throw new AssertionError(
            "the source threw "
                + e.getCause()
                + " for "
                + describe(request)
                + "; a source answers or throws SourceException",
            e.getCause());
      } catch (TimeoutException e) {
        future.cancel(true);
        throw new AssertionError(
            "the source did not answer "
                + describe(request)
                + " within "
                + DEADLINE.toSeconds()
                + " s");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    } finally {
      executor.shutdownNow();
    }
  }

  private static String describe(PackageRequest request) {
    return request.id().name() + request.version().map(v -> "==" + v).orElse("");
  }

  /** What one call gave: metadata, or the typed failure. */
  private record Outcome(Optional<PackageMetadata> metadata, Optional<SourceException> failure) {}
}
