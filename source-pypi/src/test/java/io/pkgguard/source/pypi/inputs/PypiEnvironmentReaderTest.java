package io.pkgguard.source.pypi.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.EnvironmentDescription;
import io.pkgguard.api.EnvironmentDescription.IndexChoice;
import io.pkgguard.api.EnvironmentDescription.Observation;
import io.pkgguard.api.EnvironmentFileException;
import io.pkgguard.api.EnvironmentFiles;
import io.pkgguard.api.TargetEnvironment;
import io.pkgguard.source.pypi.PypiEcosystem;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A requirements or lock file described in neutral terms: what to judge, the index options, and
 * everything else the file says, each with its location; nothing weighed.
 */
class PypiEnvironmentReaderTest {

  static final TargetEnvironment LINUX =
      TargetEnvironment.of(
          Map.ofEntries(
              Map.entry("implementation_name", "cpython"),
              Map.entry("implementation_version", "3.12.0"),
              Map.entry("os_name", "posix"),
              Map.entry("platform_machine", "x86_64"),
              Map.entry("platform_release", ""),
              Map.entry("platform_system", "Linux"),
              Map.entry("platform_version", ""),
              Map.entry("python_full_version", "3.12.0"),
              Map.entry("platform_python_implementation", "CPython"),
              Map.entry("python_version", "3.12"),
              Map.entry("sys_platform", "linux")));

  private final Map<String, String> files = new HashMap<>();

  private EnvironmentFiles project() {
    return path ->
        Optional.ofNullable(files.get(path)).map(text -> text.getBytes(StandardCharsets.UTF_8));
  }

  private EnvironmentDescription read(String name, Map<String, String> variables)
      throws EnvironmentFileException {
    return new PypiEcosystem().readEnvironment(name, project(), LINUX, variables);
  }

  @Test
  void aRequirementsFileIsDescribedLineByLine() throws Exception {
    files.put(
        "requirements.txt",
        """
        --extra-index-url https://${TOKEN}@corp.example/simple
        --trusted-host corp.example
        -c constraints.txt
        requests==2.32.3 --hash=sha256:%s
        flask>=3
        flask==3.0.3
        urllib3
        pywin32==306; sys_platform == "win32"
        -e ./local
        """
            .formatted("ab".repeat(32)));
    files.put("constraints.txt", "urllib3<2\nrequests>=3\n");

    EnvironmentDescription d = read("requirements.txt", Map.of("TOKEN", "s3cret"));

    assertThat(d.locked()).isFalse();
    assertThat(d.requirements())
        .extracting(
            r ->
                r.request().id().name()
                    + " "
                    + r.request().version().orElse("")
                    + r.request().constraint().orElse(""))
        .containsExactly("requests 2.32.3", "flask >=3", "urllib3 <2");
    assertThat(d.requirements().get(0).hashes()).containsExactly("sha256:" + "ab".repeat(32));
    assertThat(d.requirements().get(0).location().toString()).isEqualTo("requirements.txt:4:1");
    assertThat(d.requirements())
        .allSatisfy(r -> assertThat(r.request().environment()).isEqualTo(LINUX));
    assertThat(d.indexes())
        .extracting(IndexChoice::kind)
        .containsExactly(IndexChoice.Kind.EXTRA_INDEX_URL, IndexChoice.Kind.TRUSTED_HOST);
    assertThat(d.indexes().get(0).value()).contains("s3cret");
    assertThat(d.indexes().get(0).written()).contains("${TOKEN}").doesNotContain("s3cret");
    assertThat(d.observations())
        .extracting(o -> o.kind() + " " + o.subject())
        .containsExactly(
            "DUPLICATE flask",
            "NOT_FOR_TARGET pywin32",
            "UNVETTED editable requirement './local'",
            "CONTRADICTED_CONSTRAINT requests==2.32.3",
            "UNPINNED flask",
            "UNPINNED urllib3");
    assertThat(d.observations().get(0).detail()).isEqualTo("requirements.txt:5:1");
    assertThat(d.observations().get(3).detail()).isEqualTo(">=3 at constraints.txt:2:1");
  }

  @Test
  void aLockFileIsExactAndNamesWhatItDoesNotTakeFromAnIndex() throws Exception {
    files.put(
        "pylock.toml",
        """
        lock-version = "1.0"
        created-by = "test"

        [[packages]]
        name = "requests"
        version = "2.32.3"
        index = "https://pypi.org/simple"

        [[packages]]
        name = "local-thing"
        directory = { path = "./local-thing" }

        [[packages]]
        name = "winonly"
        version = "1.0"
        marker = "sys_platform == 'win32'"
        index = "https://pypi.org/simple"
        """);

    EnvironmentDescription d = read("pylock.toml", Map.of());

    assertThat(d.locked()).isTrue();
    assertThat(d.requirements())
        .extracting(r -> r.request().id().name() + "==" + r.request().version().orElse(""))
        .containsExactly("requests==2.32.3");
    assertThat(d.observations())
        .extracting(Observation::kind)
        .containsExactly(Observation.Kind.UNVETTED, Observation.Kind.NOT_FOR_TARGET);
    assertThat(d.observations().get(0).subject()).startsWith("local path package local-thing");
  }

  @Test
  void aPylockSelectionNarrowsItsMarkersToTheExtrasAndGroupsAskedFor() throws Exception {
    files.put(
        "pylock.toml",
        """
        lock-version = "1.0"
        created-by = "test"
        extras = ["socks"]
        dependency-groups = ["dev"]

        [[packages]]
        name = "requests"
        version = "2.32.3"
        index = "https://pypi.org/simple"

        [[packages]]
        name = "pysocks"
        version = "1.7.1"
        marker = "'socks' in extras"
        index = "https://pypi.org/simple"

        [[packages]]
        name = "pytest"
        version = "8.3.3"
        marker = "'dev' in dependency_groups"
        index = "https://pypi.org/simple"
        """);
    PypiEcosystem pypi = new PypiEcosystem();

    // Nothing selected: every extra and group the lock has is judged.
    assertThat(read("pylock.toml", Map.of()).requirements()).hasSize(3);
    EnvironmentDescription dev =
        pypi.readEnvironment(
            "pylock.toml",
            project(),
            LINUX,
            Map.of(),
            new io.pkgguard.api.EnvironmentSelection(java.util.Set.of(), java.util.Set.of("DEV")));
    assertThat(dev.requirements())
        .extracting(r -> r.request().id().name())
        .containsExactly("requests", "pytest");
    assertThatThrownBy(
            () ->
                pypi.readEnvironment(
                    "pylock.toml",
                    project(),
                    LINUX,
                    Map.of(),
                    new io.pkgguard.api.EnvironmentSelection(
                        java.util.Set.of("proxy"), java.util.Set.of())))
        .hasMessageContaining("pylock.toml: has no extra 'proxy' (it has socks)");
  }

  @Test
  void whatCannotBeReadIsAnErrorWithItsLocation() {
    files.put("requirements.txt", "requests==2.32.3\nflask[=3\n");

    assertThatThrownBy(() -> read("requirements.txt", Map.of()))
        .isInstanceOf(EnvironmentFileException.class)
        .hasMessageStartingWith("requirements.txt:2");
    assertThatThrownBy(() -> read("pylock.toml", Map.of()))
        .isInstanceOf(EnvironmentFileException.class)
        .hasMessageContaining("pylock.toml: no such file");
  }

  @Test
  void aFileOfNoKnownFormatThatIsNoRequirementsFileSaysWhatIsRead() {
    files.put("settings.ini", "[metadata]\nname = tidyconf\n");
    assertThatThrownBy(() -> read("settings.ini", Map.of()))
        .isInstanceOf(EnvironmentFileException.class)
        .hasMessageStartingWith("settings.ini:1")
        .hasMessageContaining(
            "(settings.ini was read as a requirements file: pkgguard reads requirements files,"
                + " *.txt and *.in, pylock.toml, uv.lock, poetry.lock, pdm.lock, Pipfile.lock,"
                + " pyproject.toml, setup.cfg and setup.py)");
  }

  @Test
  void readsRequirementsAndLockFilesByName() {
    assertThat(
            List.of(
                "requirements.txt",
                "dev.in",
                "uv.lock",
                "poetry.lock",
                "pdm.lock",
                "Pipfile.lock",
                "pylock.toml"))
        .allSatisfy(
            name -> assertThat(new PypiEcosystem().readsEnvironment(name)).as(name).isTrue());
    assertThat(new PypiEcosystem().readsEnvironment("environment.yml")).isFalse();
  }
}
