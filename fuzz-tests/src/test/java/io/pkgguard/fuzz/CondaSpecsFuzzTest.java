package io.pkgguard.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.pkgguard.source.conda.specs.InvalidMatchSpecException;
import io.pkgguard.source.conda.specs.MatchSpec;
import io.pkgguard.source.conda.versions.CondaVersion;
import io.pkgguard.source.conda.versions.CondaVersionSpec;
import io.pkgguard.source.conda.versions.InvalidCondaVersionException;
import java.util.Map;

/**
 * conda versions, version specs and match specs: parsed, or refused with their typed error; a
 * version's normalized form reads back as an equal version; matching never throws anything but
 * the step-budget refusal of a costly regular expression. Input: {@code version LF versionSpec LF
 * matchSpec}.
 */
class CondaSpecsFuzzTest {

  @FuzzTest(maxDuration = "")
  void fuzz(byte[] input) {
    String[] parts = Inputs.text(input).split("\n", 3);
    String version = parts[0];
    String versionSpec = parts.length > 1 ? parts[1] : "";
    String matchSpec = parts.length > 2 ? parts[2] : "";
    ParserContract.holds(
        () -> {
          CondaVersion parsed = CondaVersion.parse(version);
          assertThat(CondaVersion.parse(parsed.normalized()).compareTo(parsed)).isZero();
        },
        InvalidCondaVersionException.class);
    ParserContract.holds(
        () -> CondaVersionSpec.parse(versionSpec).matches(version),
        InvalidCondaVersionException.class,
        IllegalArgumentException.class);
    ParserContract.holds(
        () -> {
          MatchSpec spec = MatchSpec.parse(matchSpec);
          assertThat(spec.toString()).isNotEmpty();
          spec.strictness();
          spec.matches(Map.of("name", "numpy", "version", version, "build", "py_0"));
        },
        InvalidMatchSpecException.class,
        IllegalArgumentException.class);
  }
}
