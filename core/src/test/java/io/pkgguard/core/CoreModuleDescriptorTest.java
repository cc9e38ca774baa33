package io.pkgguard.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What a modular host can reach in the core: the guard, the policy, the verdict's JSON form and the
 * connection settings; the implementation only from pkgguard's own command line.
 */
class CoreModuleDescriptorTest {

  private static ModuleDescriptor descriptor() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void exportsTheHostFacingPackagesToEveryoneAndTheImplementationOnlyToTheCli() throws IOException {
    Map<String, Set<String>> exports = new TreeMap<>();
    descriptor().exports().forEach(e -> exports.put(e.source(), e.targets()));

    assertThat(exports)
        .containsOnlyKeys(
            "io.pkgguard.core",
            "io.pkgguard.core.administration",
            "io.pkgguard.core.connection",
            "io.pkgguard.core.policy",
            "io.pkgguard.core.verdict",
            "io.pkgguard.core.inspection",
            "io.pkgguard.core.transport",
            "io.pkgguard.core.files");
    assertThat(exports.get("io.pkgguard.core")).isEmpty();
    assertThat(exports.get("io.pkgguard.core.policy")).isEmpty();
    assertThat(exports.get("io.pkgguard.core.inspection")).containsExactly("io.pkgguard.cli");
    assertThat(exports.get("io.pkgguard.core.transport")).containsExactly("io.pkgguard.cli");
    assertThat(exports.get("io.pkgguard.core.files")).containsExactly("io.pkgguard.cli");
  }

  @Test
  void requiresTheCodecsItsArchivesNeed() throws IOException {
    assertThat(descriptor().requires())
        .extracting(ModuleDescriptor.Requires::name)
        .contains("org.apache.commons.compress", "org.tukaani.xz", "com.github.luben.zstd_jni");
  }
}
