package io.pkgguard.cli.installers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.EnvironmentDescription.IndexChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pip's configuration read as pip reads it (pip's "Configuration" topic): which files, in which
 * order, which section wins, what the variables override, and a malformed file refused with its
 * line, as configparser refuses it.
 */
class PipConfigurationTest {

  @TempDir Path root;
  private Path home;
  private Path etc;
  private final Map<String, String> env = new HashMap<>();

  @BeforeEach
  void dirs() throws Exception {
    home = Files.createDirectories(root.resolve("home"));
    etc = Files.createDirectories(root.resolve("etc"));
    env.put("XDG_CONFIG_DIRS", root.resolve("xdg").toString());
  }

  private Path write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private InstallerIndexes read() throws Exception {
    return PipConfiguration.read(env, home, etc);
  }

  @Test
  void laterFilesOverrideEarlierAndInstallOverridesGlobal() throws Exception {
    write(etc.resolve("pip.conf"), "[global]\nindex-url = https://global.example/simple\n");
    Path user =
        write(
            home.resolve(".config/pip/pip.conf"),
            "[global]\nindex-url = https://user.example/simple\n"
                + "[install]\nindex_url = https://install.example/simple\n");

    ConfiguredValue index = read().index().orElseThrow();

    assertThat(index.value()).isEqualTo("https://install.example/simple");
    assertThat(index.origin()).isEqualTo(user + ":4");
  }

  @Test
  void aListSpreadOverContinuationLinesKeepsEachLine() throws Exception {
    Path file =
        write(
            home.resolve(".config/pip/pip.conf"),
            "[global]\n# mirrors\nextra-index-url =\n    https://a.example/simple\n"
                + "    https://b.example/simple https://c.example/simple\n");

    List<ConfiguredValue> extras = read().extraIndexes();

    assertThat(extras)
        .extracting(ConfiguredValue::origin)
        .containsExactly(file + ":4", file + ":5", file + ":5");
  }

  @Test
  void variablesOverrideEveryFileEvenWhenEmpty() throws Exception {
    write(
        home.resolve(".config/pip/pip.conf"),
        "[global]\nextra-index-url = https://files.example/simple\ntrusted-host = files.example\n");
    env.put("PIP_EXTRA_INDEX_URL", "");
    env.put("PIP_TRUSTED_HOST", "a.example b.example");

    InstallerIndexes read = read();

    assertThat(read.extraIndexes()).isEmpty();
    assertThat(read.trustedHosts())
        .extracting(ConfiguredValue::value, ConfiguredValue::origin)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a.example", "PIP_TRUSTED_HOST"),
            org.assertj.core.groups.Tuple.tuple("b.example", "PIP_TRUSTED_HOST"));
  }

  @Test
  void pipConfigFileIsReadFirstAndDevNullTurnsEveryFileOff() throws Exception {
    Path chosen =
        write(root.resolve("chosen.conf"), "[global]\nindex-url = https://chosen/simple\n");
    write(home.resolve(".pip/pip.conf"), "[global]\nextra-index-url = https://legacy/simple\n");
    env.put("PIP_CONFIG_FILE", chosen.toString());
    assertThat(PipConfiguration.files(env, home, etc).get(0)).isEqualTo(chosen);
    assertThat(read().extraIndexes()).hasSize(1);

    env.put("PIP_CONFIG_FILE", "/dev/null");
    assertThat(read().isEmpty()).isTrue();
  }

  @Test
  void credentialsInAnIndexUrlAreUsedButNeverShown() throws Exception {
    write(
        home.resolve(".config/pip/pip.conf"),
        "[global]\nextra-index-url = https://deploy:s3cr%40t@corp.example/simple\n");

    IndexChoice choice = read().choices().get(0);

    assertThat(choice.value()).isEqualTo("https://corp.example/simple");
    assertThat(choice.written()).isEqualTo("https://***@corp.example/simple");
    assertThat(choice.location().toString()).endsWith("pip.conf:2");

    // An '@' left unencoded in a password is part of it: nothing of it is shown.
    env.put("PIP_EXTRA_INDEX_URL", "https://deploy:p@ssw0rd@corp.example/simple?x=a@b");
    IndexChoice unencoded = read().choices().get(0);
    assertThat(unencoded.written()).isEqualTo("https://***@corp.example/simple?x=a@b");
    assertThat(unencoded.value()).isEqualTo("https://corp.example/simple?x=a@b");
  }

  @Test
  void aMalformedFileIsRefusedWithItsLine() throws Exception {
    Path file = home.resolve(".config/pip/pip.conf");
    write(file, "index-url = https://x/simple\n");
    assertThatThrownBy(this::read)
        .isInstanceOf(InstallerConfigException.class)
        .hasMessage(
            file
                + ":1: a setting before any section: put it under [global] (pip refuses the file)");

    // configparser splits at the first '=' or ':' (so "index-url https://x" is a key
    // "index-url https" to it, and to pip); a line with neither is refused.
    write(file, "[global]\nindex-url\n");
    assertThatThrownBy(this::read)
        .hasMessageContaining(file + ":2: 'index-url' is not 'key = value'");

    write(file, "[global]\ntimeout = 5\n\n[global]\n");
    assertThatThrownBy(this::read)
        .hasMessageContaining(file + ":4: section [global] appears twice");

    write(file, "[global]\nindex-url = a\nindex_url = b\n");
    assertThatThrownBy(this::read)
        .hasMessageContaining(file + ":3: index-url is set twice in one section (first on line 2");

    write(file, "[global\n");
    assertThatThrownBy(this::read)
        .hasMessageContaining(file + ":1: '[global' is not a section header");
  }

  @Test
  void emptyCommentOnlyAndUnicodeFilesAreFine() throws Exception {
    Path file = home.resolve(".config/pip/pip.conf");
    write(file, "");
    assertThat(read().isEmpty()).isTrue();
    write(file, "# nothing\n; here\n\n[global]\n");
    assertThat(read().isEmpty()).isTrue();
    write(file, "\ufeff[global]\nextra-index-url = https://\u0440ypi.example/simple\n");
    assertThat(read().extraIndexes().get(0).value()).contains("\u0440ypi");
  }
}
