package io.pkgguard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The api module is the contract: it must not grow dependencies or exports by accident. */
class ApiModuleDescriptorTest {

  private static ModuleDescriptor descriptor() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void requiresOnlyJavaBaseAndTheStabilityAnnotationsAtCompileTime() throws IOException {
    Set<String> requires =
        descriptor().requires().stream()
            .map(ModuleDescriptor.Requires::name)
            .collect(Collectors.toSet());
    assertThat(requires).containsExactlyInAnyOrder("java.base", "org.apiguardian.api");
    assertThat(descriptor().requires())
        .filteredOn(r -> r.name().equals("org.apiguardian.api"))
        .singleElement()
        .satisfies(
            r -> assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.STATIC));
  }

  @Test
  void exportsOnlyTheApiPackageUnqualified() throws IOException {
    assertThat(descriptor().exports())
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactly("io.pkgguard.api");
    assertThat(descriptor().exports()).noneMatch(ModuleDescriptor.Exports::isQualified);
    assertThat(descriptor().name()).isEqualTo("io.pkgguard.api");
  }
}
