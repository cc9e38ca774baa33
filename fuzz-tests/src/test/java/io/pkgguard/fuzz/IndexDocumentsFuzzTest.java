package io.pkgguard.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.PackageSource;
import io.pkgguard.api.SourceDescriptor;
import io.pkgguard.api.SourceException;
import io.pkgguard.api.SourceSettings;
import io.pkgguard.api.TransportResponse;
import io.pkgguard.source.pypi.PypiJsonSourceProvider;
import io.pkgguard.source.pypi.PypiSimpleSourceProvider;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an index answers — the JSON API's project document, or the Simple API's JSON page (PEP
 * 691) — read through the real sources: metadata, or a typed source error. The first byte picks
 * the API; every URL the source asks for is answered with the rest of the input.
 */
class IndexDocumentsFuzzTest {

  private static final URI INDEX = URI.create("https://pypi.example/pypi");

  @FuzzTest(maxDuration = "")
  void fuzz(byte[] input) {
    boolean simple = Inputs.choose(input, false, true);
    byte[] body = Inputs.rest(input);
    SourceSettings settings =
        new SourceSettings(
            new SourceDescriptor(
                "fuzz",
                PackageId.PYPI,
                simple ? URI.create("https://pypi.example/simple") : INDEX,
                Set.of("files.example")),
            request ->
                new TransportResponse(
                    200,
                    Map.of(
                        "Content-Type",
                        List.of(
                            simple ? "application/vnd.pypi.simple.v1+json" : "application/json")),
                    body,
                    request.uri()),
            Clock.systemUTC(),
            Map.of());
    PackageSource source =
        simple
            ? new PypiSimpleSourceProvider().create(settings)
            : new PypiJsonSourceProvider().create(settings);
    ParserContract.holds(
        () -> source.fetch(PackageRequest.of(PackageId.pypi("sampleproject"))),
        SourceException.class);
  }
}
