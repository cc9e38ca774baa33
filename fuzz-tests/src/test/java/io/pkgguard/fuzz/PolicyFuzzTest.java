package io.pkgguard.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.pkgguard.api.ConfigurationException;
import io.pkgguard.core.policy.PolicyLoader;

/**
 * Policy files, on their own or as a pyproject.toml's {@code [tool.pkgguard]}: a validated policy,
 * or a configuration error naming the file and line. The first byte picks which.
 */
class PolicyFuzzTest {

  @FuzzTest(maxDuration = "")
  void fuzz(byte[] input) {
    boolean pyproject = Inputs.choose(input, false, true);
    String text = Inputs.text(Inputs.rest(input));
    ParserContract.holds(
        () -> {
          if (pyproject) {
            PolicyLoader.parsePyproject(text, "pyproject.toml");
          } else {
            PolicyLoader.parse(text, "pkgguard.toml");
          }
        },
        ConfigurationException.class);
  }
}
