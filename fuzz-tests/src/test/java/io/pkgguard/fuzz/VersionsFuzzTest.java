package io.pkgguard.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.pkgguard.source.pypi.versions.InvalidSpecifierException;
import io.pkgguard.source.pypi.versions.InvalidVersionException;
import io.pkgguard.source.pypi.versions.Pep440SpecifierSet;
import io.pkgguard.source.pypi.versions.Pep440Version;

/**
 * PEP 440 versions and specifier sets: parsed, or refused with the typed error; a parsed version's
 * canonical form reads back as the same version. Input: {@code version LF specifier}.
 */
class VersionsFuzzTest {

  @FuzzTest(maxDuration = "")
  void fuzz(byte[] input) {
    String[] parts = Inputs.text(input).split("\n", 2);
    String version = parts[0];
    String specifier = parts.length > 1 ? parts[1] : "";
    ParserContract.holds(
        () -> {
          Pep440Version parsed = Pep440Version.parse(version);
          Pep440Version again = Pep440Version.parse(parsed.toString());
          assertThat(again.compareTo(parsed)).isZero();
          assertThat(again.toString()).isEqualTo(parsed.toString());
        },
        InvalidVersionException.class);
    ParserContract.holds(
        () -> {
          Pep440SpecifierSet set = Pep440SpecifierSet.parse(specifier);
          Pep440Version.tryParse(version).ifPresent(set::contains);
        },
        InvalidSpecifierException.class);
  }
}
