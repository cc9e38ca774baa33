package io.pkgguard.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The in-process dependency check says what pip check says, on an environment with a missing
 * requirement, a version conflict, requirements a marker or an extra turns off, and a
 * pre-release.
 */
class DependencyCheckTest {

  @TempDir Path dir;

  private static void distribution(Path site, String name, String version, String... requires)
      throws Exception {
    Path info = Files.createDirectories(site.resolve(name + "-" + version + ".dist-info"));
    StringBuilder metadata =
        new StringBuilder("Metadata-Version: 2.1\nName: " + name + "\nVersion: " + version + "\n");
    for (String r : requires) {
      metadata.append("Requires-Dist: ").append(r).append('\n');
    }
    Files.writeString(info.resolve("METADATA"), metadata + "\nA description.\n");
    Files.writeString(info.resolve("RECORD"), info.getFileName() + "/METADATA,,\n");
  }

  @Test
  void findsWhatPipCheckFinds() throws Exception {
    PythonEnvironment environment = Environments.fresh(dir.resolve("venv"));
    Path site = environment.purelib();
    distribution(site, "tidylib", "1.2.0");
    distribution(site, "prelib", "2.0b1");
    distribution(site, "needy", "1.0", "missinglib>=1", "tidylib>=1.0");
    distribution(site, "conflicted", "1.0", "tidylib>=2", "prelib>=2.0a1");
    distribution(
        site,
        "careful",
        "1.0",
        "winonly; sys_platform == 'win32'",
        "devtool; extra == 'dev'",
        "TidyLib==1.2.0");

    List<String> unreadable = new ArrayList<>();
    Set<String> ours =
        DependencyCheck.check(
                InstalledDistribution.in(environment.sitePackages()),
                environment.markers().markers(),
                unreadable)
            .stream()
            .map(DependencyCheck.Broken::message)
            .collect(Collectors.toSet());
    ProcessRunner.Result pip =
        ProcessRunner.run(
            List.of(
                environment.python().toString(),
                "-I",
                "-m",
                "pip",
                "check",
                "--disable-pip-version-check"),
            dir,
            Environments.DEADLINE);
    Set<String> pips =
        pip.output()
            .lines()
            .filter(l -> !l.isBlank())
            .map(String::strip)
            .collect(Collectors.toSet());

    assertThat(ours)
        .containsExactlyInAnyOrder(
            "needy 1.0 requires missinglib, which is not installed.",
            "conflicted 1.0 has requirement tidylib>=2, but you have tidylib 1.2.0.");
    assertThat(pips).isEqualTo(ours);
    assertThat(unreadable).isEmpty();
  }
}
