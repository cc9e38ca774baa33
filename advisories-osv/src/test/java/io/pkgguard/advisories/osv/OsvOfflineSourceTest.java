package io.pkgguard.advisories.osv;

import static io.pkgguard.advisories.osv.OsvFixtures.ECOSYSTEMS;
import static io.pkgguard.advisories.osv.OsvFixtures.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.Advisory;
import io.pkgguard.api.AdvisorySettings;
import io.pkgguard.api.AdvisorySource;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.SourceDescriptor;
import io.pkgguard.api.SourceException;
import io.pkgguard.core.transport.HostTrust;
import io.pkgguard.core.transport.JdkHttpTransport;
import io.pkgguard.core.transport.TrustedTransport;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The osv-offline type: a zip read through the core's transport from a {@code file:} URL. */
class OsvOfflineSourceTest {

  @TempDir Path dir;

  private static AdvisorySource source(Path zip) {
    URI url = zip.toUri();
    JdkHttpTransport http = JdkHttpTransport.create(Duration.ofSeconds(2), 1L << 30);
    TrustedTransport transport =
        new TrustedTransport(
            http, HostTrust.forIndex(url, Set.of()), 1L << 30, Duration.ofSeconds(30));
    return new OsvOfflineSourceProvider()
        .create(
            new AdvisorySettings(
                new SourceDescriptor("offline", "*", url, Set.of()),
                transport,
                Clock.systemUTC(),
                Map.of(),
                ECOSYSTEMS));
  }

  @Test
  void answersFromTheArchive() throws Exception {
    Path zip = dir.resolve("pypa.zip");
    Files.write(zip, bytes("pypa/pypa-advisory-database-3ccb612.zip"));
    AdvisorySource source = source(zip);
    assertThat(source.advisories(PackageId.pypi("py"), "1.11.0"))
        .extracting(Advisory::id)
        .contains("PYSEC-2022-42969");
    assertThat(source.advisories(PackageId.pypi("py"), "1.11.0")).isNotEmpty();
  }

  @Test
  void aMissingOrBrokenDatabaseFailsEveryQuestionWithTheReason() throws Exception {
    AdvisorySource missing = source(dir.resolve("absent.zip"));
    assertThatThrownBy(() -> missing.advisories(PackageId.pypi("py"), "1.0"))
        .isInstanceOf(SourceException.class)
        .hasMessageStartingWith("no offline advisory database at file:");
    Path broken = dir.resolve("broken.zip");
    Files.writeString(broken, "<html>not a zip</html>");
    AdvisorySource bad = source(broken);
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> bad.advisories(PackageId.pypi("py"), "1.0"))
          .hasMessageContaining("the offline advisory database is unusable")
          .hasMessageContaining("not a zip archive");
    }
  }

  @Test
  void theUrlMustBeAFileOrHttpsUrl() {
    assertThatThrownBy(
            () ->
                new OsvOfflineSourceProvider()
                    .create(
                        new AdvisorySettings(
                            new SourceDescriptor(
                                "offline", "*", URI.create("ftp://mirror/osv.zip"), Set.of()),
                            r -> null,
                            Clock.systemUTC(),
                            Map.of(),
                            ECOSYSTEMS)))
        .hasMessage(
            "advisory source offline: url ftp://mirror/osv.zip must be file or https or" + " http");
  }
}
