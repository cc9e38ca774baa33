package io.pkgguard.source.pypi;

import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.PackageSource;
import io.pkgguard.api.PackageSourceProvider;
import io.pkgguard.api.SourceSettings;
import io.pkgguard.core.Guard;
import io.pkgguard.source.pypi.testing.SourceOnlyGuards;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** This module's plugins are found through META-INF/services, and a host can replace them. */
class DiscoveryTest {

  @Test
  void theDefaultGuardFindsThePypiEcosystemAndSource() throws Exception {
    try (Guard guard = SourceOnlyGuards.builder().build()) {
      assertThat(guard.sources())
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.id()).isEqualTo("pypi");
                assertThat(s.indexUrl()).hasToString("https://pypi.org/pypi");
              });
      assertThat(guard.parse("pypi", "requests==2.32.3").version()).contains("2.32.3");
    }
  }

  @Test
  void aPolicyCanUseASimpleApiOnlyIndex() {
    var policy =
        io.pkgguard.core.policy.PolicyLoader.parse(
            """
        [sources.corp]
        type = "pypi-simple"
        url = "https://pypi.corp.example/simple"
        [sources.pypi]
        enabled = false
        """,
            "policy.toml");
    try (Guard guard =
        SourceOnlyGuards.builder()
            .policy(SourceOnlyGuards.withoutStore(policy.withoutOnlineAdvisories()))
            .build()) {
      assertThat(guard.sources())
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.id()).isEqualTo("corp");
                assertThat(s.ecosystem()).isEqualTo("pypi");
              });
    }
  }

  @Test
  void aProviderTheHostAddsReplacesTheDiscoveredOneOfItsType() {
    AtomicBoolean used = new AtomicBoolean();
    PackageSourceProvider replacement =
        new PackageSourceProvider() {
          @Override
          public String type() {
            return PypiJsonSourceProvider.TYPE;
          }

          @Override
          public String ecosystem() {
            return PackageId.PYPI;
          }

          @Override
          public PackageSource create(SourceSettings settings) {
            return request -> {
              used.set(true);
              return PackageMetadata.builder(request.id(), "1.0", settings.descriptor().indexUrl())
                  .build();
            };
          }
        };
    try (Guard guard = SourceOnlyGuards.builder().addSourceProvider(replacement).build()) {
      guard.evaluate(PackageRequest.of(PackageId.pypi("anything")));
    }
    assertThat(used).isTrue();
  }
}
