package io.pkgguard.advisories.osv;

import io.pkgguard.api.Ecosystem;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.VersionScheme;
import io.pkgguard.source.pypi.PypiEcosystem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The test resources (see src/test/resources/osv/README.md) and the PyPI ecosystem. */
public final class OsvFixtures {

  /** The installed ecosystems, as the core hands them to advisory sources. */
  public static final Map<String, Ecosystem> ECOSYSTEMS =
      Map.of(PackageId.PYPI, new PypiEcosystem());

  /** PEP 440. */
  public static final VersionScheme PEP440 = new PypiEcosystem().versions().orElseThrow();

  private OsvFixtures() {}

  /** A resource under osv/. */
  public static byte[] bytes(String path) {
    try (InputStream in = OsvFixtures.class.getResourceAsStream("/osv/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource osv/" + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A resource under osv/, as text. */
  public static String text(String path) {
    return new String(bytes(path), java.nio.charset.StandardCharsets.UTF_8);
  }
}
