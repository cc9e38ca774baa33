package io.pkgguard.source.pypi.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The lock files of real projects (resources/locks/README.md), and broken ones. */
class LockFilesTest {

  private static byte[] fixture(String name) {
    try (InputStream in = LockFilesTest.class.getResourceAsStream("/locks/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Nested
  class RealLockFiles {

    @Test
    void pylockToml() throws Exception {
      LockFile lock = LockFiles.read("pylock.toml", fixture("pylock.toml"));
      assertThat(lock.packages())
          .extracting(LockedPackage::name)
          .containsExactly("pytest", "pluggy");
      LockedPackage pytest = lock.packages().get(0);
      assertThat(pytest.version()).contains("8.4.2");
      assertThat(pytest.kind()).isEqualTo(LockedPackage.Kind.INDEX);
      assertThat(pytest.hashes())
          .containsExactly(
              "sha256:86c0d0b93306b961d58d62a4db4879f27fe25513d4b969df351abdddb3c30e01",
              "sha256:872f880de3fc3a5bdc88a11b39c9710c3497a547cfa9320bc3c5e62fbf272e79");
      assertThat(pytest.location()).hasToString("pylock.toml:13:1");
    }

    @Test
    void uvLock() throws Exception {
      LockFile lock = LockFiles.read("uv.lock", fixture("uv.lock"));
      assertThat(lock.packages())
          .hasSizeGreaterThan(10)
          .first()
          .satisfies(
              p -> {
                assertThat(p.name()).isEqualTo("blinker");
                assertThat(p.version()).contains("1.9.0");
                assertThat(p.hashes())
                    .contains(
                        "sha256:b4ce2265a7abece45e7cc896e98dbebe6cead56bcf805a3d23136d145f5445bf");
                assertThat(p.location()).hasToString("uv.lock:5:1");
              });
      assertThat(lock.indexes())
          .extracting(IndexOption::value)
          .containsExactly("https://pypi.org/simple");
    }

    @Test
    void poetryLock() throws Exception {
      LockFile lock = LockFiles.read("poetry.lock", fixture("poetry.lock"));
      assertThat(lock.packages())
          .hasSize(36)
          .first()
          .satisfies(
              p -> {
                assertThat(p.name()).isEqualTo("appdirs");
                assertThat(p.version()).contains("1.4.3");
                assertThat(p.hashes()).hasSize(2);
                assertThat(p.kind()).isEqualTo(LockedPackage.Kind.INDEX);
              });
    }

    @Test
    void pdmLockListsEachPackageOnceWithItsHashesAndMarker() throws Exception {
      LockFile lock = LockFiles.read("pdm.lock", fixture("pdm.lock"));
      assertThat(lock.packages())
          .extracting(LockedPackage::name)
          .containsExactly("astroid", "click", "colorama", "coverage");
      LockedPackage astroid = lock.packages().get(0);
      assertThat(astroid.version()).contains("3.1.0");
      assertThat(astroid.kind()).isEqualTo(LockedPackage.Kind.INDEX);
      assertThat(astroid.hashes())
          .containsExactly(
              "sha256:951798f922990137ac090c53af473db7ab4e70c770e6d7fae0cec59f74411819",
              "sha256:ac248253bfa4bd924a0de213707e7ebeeb3138abeb48d798784ead1e56d419d4");
      assertThat(lock.packages().get(2).marker())
          .contains("sys_platform == \"win32\" or platform_system == \"Windows\"");
      assertThatThrownBy(
              () -> LockFiles.read("pdm.lock", utf8("[metadata]\nlock_version = \"3.0\"\n")))
          .hasMessage("pdm.lock:1: pdm.lock lock_version '3.0' is not supported; 4.x is");
    }

    @Test
    void aPackagePipenvWritesIntoBothSectionsIsOnePackage() throws Exception {
      String both =
          "{\"_meta\": {\"pipfile-spec\": 6, \"sources\": []},"
              + " \"default\": {\"six\": {\"version\": \"==1.16.0\", \"hashes\": []}},"
              + " \"develop\": {\"six\": {\"version\": \"==1.16.0\", \"hashes\": []},"
              + " \"pytest\": {\"version\": \"==8.1.1\", \"hashes\": []}}}";
      assertThat(LockFiles.read("Pipfile.lock", utf8(both)).packages())
          .extracting(LockedPackage::name)
          .containsExactly("six", "pytest");
    }

    @Test
    void pipfileLockWithAGitRequirement() throws Exception {
      LockFile plain = LockFiles.read("Pipfile.lock", fixture("Pipfile.lock"));
      assertThat(plain.packages()).extracting(LockedPackage::name).contains("certifi", "requests");
      assertThat(plain.packages().get(0).version()).contains("2018.1.18");
      assertThat(plain.indexes())
          .extracting(IndexOption::value)
          .containsExactly("https://pypi.org/simple");
      LockFile git = LockFiles.read("Pipfile.lock", fixture("git_source.Pipfile.lock"));
      assertThat(git.packages())
          .filteredOn(p -> p.name().equals("pythonfinder"))
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.kind()).isEqualTo(LockedPackage.Kind.VCS);
                assertThat(p.origin()).contains("https://github.com/sarugaku/pythonfinder.git");
              });
    }
  }

  @Nested
  class BadInput {

    @Test
    void aTruncatedFileNamesLineAndColumn() {
      byte[] whole = fixture("uv.lock");
      byte[] truncated = Arrays.copyOf(whole, 700);
      assertThatThrownBy(() -> LockFiles.read("uv.lock", truncated))
          .isInstanceOf(InputFileException.class)
          .hasMessageStartingWith("uv.lock:")
          .hasMessageContaining("not valid TOML")
          .hasMessageContaining("truncated or damaged");
      assertThatThrownBy(() -> LockFiles.read("Pipfile.lock", utf8("{\"_meta\": {")))
          .hasMessageStartingWith("Pipfile.lock:1:")
          .hasMessageContaining("not valid JSON");
      assertThatThrownBy(() -> LockFiles.read("uv.lock", new byte[0]))
          .hasMessage("uv.lock: empty; regenerate the lock file");
      assertThatThrownBy(() -> LockFiles.read("poetry.lock", utf8(" \n\t\n")))
          .hasMessage("poetry.lock: empty; regenerate the lock file");
    }

    @Test
    void formatVersionsThisReaderDoesNotKnow() {
      assertThatThrownBy(() -> LockFiles.read("uv.lock", utf8("version = 2\n")))
          .hasMessage("uv.lock:1: uv.lock version 2 is not supported; version 1 is");
      assertThatThrownBy(() -> LockFiles.read("pylock.toml", utf8("lock-version = \"2.0\"\n")))
          .hasMessageContaining("lock-version '2.0' is not supported; PEP 751 version 1 is");
      assertThatThrownBy(
              () -> LockFiles.read("poetry.lock", utf8("[metadata]\nlock-version = \"3.0\"\n")))
          .hasMessageContaining("lock-version '3.0' is not supported");
      assertThatThrownBy(
              () -> LockFiles.read("Pipfile.lock", utf8("{\"_meta\": {\"pipfile-spec\": 5}}")))
          .hasMessage("Pipfile.lock:1:2: pipfile-spec 5 is not supported; 6 is");
    }

    @Test
    void malformedEntriesAndHashes() {
      assertThatThrownBy(
              () ->
                  LockFiles.read("Pipfile.lock", fixture("malformed_default_section.Pipfile.lock")))
          .hasMessageContaining("'default' is not a table of packages");
      assertThatThrownBy(
              () ->
                  LockFiles.read(
                      "uv.lock", utf8("version = 1\n\n[[package]]\n" + "version = \"1.0\"\n")))
          .hasMessage("uv.lock:3:1: 'name' is missing or not a string");
      assertThatThrownBy(
              () ->
                  LockFiles.read(
                      "uv.lock",
                      utf8(
                          "version = 1\n\n[[package]]\n"
                              + "name = \"x\"\nversion = \"1.0\"\nsource = { registry = \"https://pypi.org/simple\""
                              + " }\nsdist = { url = \"https://f.example/x.tar.gz\", hash = \"sha256:abcd\" }\n")))
          .hasMessage("uv.lock:3:1: a sha256 hash is 64 hexadecimal digits; 'abcd' is not");
      assertThatThrownBy(() -> LockFiles.read("requirements.lock", utf8("x")))
          .hasMessageContaining("not a lock file pkgguard reads");
    }

    @Test
    void aMarkerThatIsNotPep508NamesWhereItIs() {
      assertThatThrownBy(
              () ->
                  LockFiles.read(
                      "pylock.toml",
                      utf8(
                          "lock-version = \"1.0\"\n"
                              + "created-by = \"x\"\n\n[[packages]]\nname = \"a\"\nversion = \"1\"\n"
                              + "marker = \"python_version >>> '3'\"\n")))
          .isInstanceOf(InputFileException.class)
          .hasMessageStartingWith("pylock.toml:4:1: 'marker' is not a PEP 508 marker");
      assertThatThrownBy(
              () ->
                  LockFiles.read(
                      "poetry.lock",
                      utf8(
                          "[[package]]\nname = \"a\"\n"
                              + "version = \"1\"\nmarkers = 3\n\n[metadata]\nlock-version = \"2.0\"\n")))
          .hasMessageContaining("'markers' is not a marker string");
    }
  }

  @Nested
  class Markers {

    @Test
    void eachFormatSaysWhereAPackageIsInstalled() throws Exception {
      LockFile poetry = LockFiles.read("poetry.lock", fixture("poetry.lock"));
      assertThat(poetry.packages())
          .filteredOn(p -> p.name().equals("colorama"))
          .singleElement()
          .satisfies(p -> assertThat(p.marker()).contains("sys_platform == \"win32\""));
      assertThat(poetry.packages().get(0).marker()).isEmpty();

      LockFile pylock = LockFiles.read("pylock.toml", fixture("pylock.toml"));
      assertThat(pylock.packages().get(0).marker()).contains("\"dev\" in dependency_groups");
      assertThat(pylock.dependencyGroups()).containsExactlyInAnyOrder("default", "dev");
      assertThat(pylock.extras()).isEmpty();
    }

    @Test
    void aTableOrListOfMarkersHoldsWhereAnyDoes() throws Exception {
      LockFile poetry =
          LockFiles.read(
              "poetry.lock",
              utf8(
                  "[[package]]\nname = \"a\"\n"
                      + "version = \"1\"\nmarkers = {main = \"python_version < '3.11'\", dev ="
                      + " \"sys_platform == 'win32'\"}\n\n[metadata]\nlock-version = \"2.1\"\n"));
      assertThat(poetry.packages().get(0).marker())
          .contains("(python_version < '3.11') or (sys_platform == 'win32')");
      LockFile uv =
          LockFiles.read(
              "uv.lock",
              utf8(
                  "version = 1\n\n[[package]]\nname = \"a\"\n"
                      + "version = \"1\"\nsource = { registry = \"https://pypi.org/simple\" }\n"
                      + "resolution-markers = [\"python_full_version >= '3.12'\"]\n"));
      assertThat(uv.packages().get(0).marker()).contains("python_full_version >= '3.12'");
    }
  }
}
