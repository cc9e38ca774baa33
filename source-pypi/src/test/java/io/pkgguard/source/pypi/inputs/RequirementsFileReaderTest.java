package io.pkgguard.source.pypi.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Requirements files as pip reads them (pip's req_file.py and its documentation). */
class RequirementsFileReaderTest {

  private final Map<String, byte[]> project = new HashMap<>();

  private RequirementsFileReaderTest file(String path, String text) {
    project.put(path, text.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  private RequirementsFile read(String path) throws InputFileException {
    return new RequirementsFileReader(
            p -> Optional.ofNullable(project.get(p)), Map.of("TOKEN", "s3cret"))
        .read(path);
  }

  private List<String> texts(RequirementsFile file) {
    return file.requirements().stream().map(RequirementLine::text).toList();
  }

  @Nested
  class AsPipReadsThem {

    @Test
    void requirementsMarkersCommentsAndContinuations() throws Exception {
      file(
          "requirements.txt",
          """
          # the web app
          requests>=2.31,<3  # HTTP
          Django[argon2]==5.0.6 ; python_version >= "3.10"
          numpy \\
              >=1.26
          pywin32==306; sys_platform == "win32"

          ./vendor/local-lib
          https://files.example.org/pkg-1.0-py3-none-any.whl
          git+https://github.com/example/tool@v1#egg=tool
          tool2 @ https://files.example.org/tool2-1.0.tar.gz
          """);
      RequirementsFile read = read("requirements.txt");
      assertThat(texts(read))
          .containsExactly(
              "requests>=2.31,<3",
              "Django[argon2]==5.0.6 ; python_version >= \"3.10\"",
              "numpy     >=1.26",
              "pywin32==306; sys_platform == \"win32\"",
              "./vendor/local-lib",
              "https://files.example.org/pkg-1.0-py3-none-any.whl",
              "git+https://github.com/example/tool@v1#egg=tool",
              "tool2 @ https://files.example.org/tool2-1.0.tar.gz");
      assertThat(read.requirements())
          .extracting(RequirementLine::kind)
          .containsExactly(
              RequirementLine.Kind.NAMED,
              RequirementLine.Kind.NAMED,
              RequirementLine.Kind.NAMED,
              RequirementLine.Kind.NAMED,
              RequirementLine.Kind.LOCAL_PATH,
              RequirementLine.Kind.URL,
              RequirementLine.Kind.URL,
              RequirementLine.Kind.DIRECT_URL);
      assertThat(read.requirements().get(2).location()).hasToString("requirements.txt:4:1");
      assertThat(read.requirements().get(1).requirement().orElseThrow().marker()).isPresent();
    }

    @Test
    void hashesAreKeptPerRequirement() throws Exception {
      String sha = "f".repeat(64);
      file(
          "requirements.txt",
          "requests==2.32.3 \\\n    --hash=sha256:"
              + sha
              + " \\\n"
              + "    --hash sha512:"
              + "A".repeat(128)
              + "\n");
      assertThat(read("requirements.txt").requirements())
          .singleElement()
          .satisfies(
              r ->
                  assertThat(r.hashes())
                      .containsExactly("sha256:" + sha, "sha512:" + "a".repeat(128)));
    }

    @Test
    void includesAreRelativeToTheIncludingFileAndConstraintsAreMarked() throws Exception {
      file("requirements.txt", "-r requirements/base.txt\n-c constraints.txt\nflask\n");
      file("requirements/base.txt", "--requirement common.txt\nrequests\n");
      file("requirements/common.txt", "idna\n");
      file("constraints.txt", "urllib3<2\n");
      RequirementsFile read = read("requirements.txt");
      assertThat(texts(read)).containsExactly("idna", "requests", "urllib3<2", "flask");
      assertThat(read.requirements().get(2).constraint()).isTrue();
      assertThat(read.requirements().get(0).location()).hasToString("requirements/common.txt:1:1");
      assertThat(read.files())
          .containsExactly(
              "requirements.txt",
              "requirements/base.txt",
              "requirements/common.txt",
              "constraints.txt");
    }

    @Test
    void indexOptionsAreReportedEditablesKept() throws Exception {
      file(
          "requirements.txt",
          """
          --index-url https://pypi.corp.example/simple
          --extra-index-url=https://${TOKEN}@extra.example/simple
          -f ./wheels
          --trusted-host extra.example
          --pre
          -e ./src/app
          """);
      RequirementsFile read = read("requirements.txt");
      assertThat(read.indexes())
          .extracting(IndexOption::kind, IndexOption::value)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  IndexOption.Kind.INDEX_URL, "https://pypi.corp.example/simple"),
              org.assertj.core.groups.Tuple.tuple(
                  IndexOption.Kind.EXTRA_INDEX_URL, "https://s3cret@extra.example/simple"),
              org.assertj.core.groups.Tuple.tuple(IndexOption.Kind.FIND_LINKS, "./wheels"),
              org.assertj.core.groups.Tuple.tuple(IndexOption.Kind.TRUSTED_HOST, "extra.example"));
      assertThat(read.indexes().get(1).written())
          .isEqualTo("https://${TOKEN}@extra.example/simple");
      assertThat(read.indexes().get(1).location()).hasToString("requirements.txt:2:1");
      assertThat(read.globalOptions()).containsExactly("--pre");
      assertThat(read.requirements())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.kind()).isEqualTo(RequirementLine.Kind.EDITABLE);
                assertThat(r.text()).isEqualTo("./src/app");
              });
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreFine() throws Exception {
      file("requirements.txt", "\uFEFFrequests\r\nidna # x\r\n");
      assertThat(texts(read("requirements.txt"))).containsExactly("requests", "idna");
    }

    @Test
    void fiftyThousandLinesAreReadInFull() throws Exception {
      StringBuilder big = new StringBuilder();
      for (int i = 0; i < 50_000; i++) {
        big.append("package-").append(i).append("==1.").append(i % 10).append('\n');
      }
      file("requirements.txt", big.toString());
      assertThat(read("requirements.txt").requirements()).hasSize(50_000);
    }
  }

  @Nested
  class BadInput {

    @Test
    void unknownOptionsAndMisplacedOptionsAreErrorsWithLineAndColumn() {
      file("requirements.txt", "requests\n--index https://x.example\n");
      assertThatThrownBy(() -> read("requirements.txt"))
          .isInstanceOf(InputFileException.class)
          .hasMessageStartingWith("requirements.txt:2:1: unknown option --index;");
      file("requirements.txt", "requests -r other.txt\n");
      assertThatThrownBy(() -> read("requirements.txt"))
          .hasMessageStartingWith("requirements.txt:1:10: option -r cannot follow a requirement");
      file("requirements.txt", "--hash=sha256:" + "0".repeat(64) + "\n");
      assertThatThrownBy(() -> read("requirements.txt"))
          .hasMessage(
              "requirements.txt:1:1: option --hash must follow a requirement on the same"
                  + " line");
      file("requirements.txt", "-r\n");
      assertThatThrownBy(() -> read("requirements.txt"))
          .hasMessage("requirements.txt:1:1: option -r needs a value");
    }

    @Test
    void invalidRequirementsAndMarkersNameTheColumn() {
      file("requirements.txt", "ok==1\nrequests>=2;; python_version > \"3\"\n");
      assertThatThrownBy(() -> read("requirements.txt"))
          .hasMessageStartingWith("requirements.txt:2:")
          .hasMessageContaining("invalid requirement");
      file("requirements.txt", "flask ; python_versoin >= \"3.8\"\n");
      assertThatThrownBy(() -> read("requirements.txt"))
          .hasMessageStartingWith("requirements.txt:1:")
          .hasMessageContaining("python_versoin");
    }

    @Test
    void hashesOfTheWrongLengthOrAlgorithm() {
      file("requirements.txt", "requests --hash=sha256:abc123\n");
      assertThatThrownBy(() -> read("requirements.txt"))
          .hasMessage(
              "requirements.txt:1:10:"
                  + " --hash sha256:abc123: a sha256 digest is 64 hexadecimal digits, this is 6");
      file("requirements.txt", "requests --hash=md5:" + "0".repeat(32) + "\n");
      assertThatThrownBy(() -> read("requirements.txt"))
          .hasMessageContaining("write algorithm:hex with sha256, sha384 or sha512");
    }

    @Test
    void includeCyclesAndIncludesOutsideTheProject() {
      file("a.txt", "-r sub/b.txt\n");
      file("sub/b.txt", "-r ../a.txt\n");
      assertThatThrownBy(() -> read("a.txt"))
          .hasMessage("sub/b.txt:1:1: include cycle: a.txt → sub/b.txt → a.txt");
      file("a.txt", "-r ../../etc/passwd\n");
      assertThatThrownBy(() -> read("a.txt"))
          .hasMessage(
              "a.txt:1:1: cannot include"
                  + " ../../etc/passwd: it leaves the project directory; requirements files are read"
                  + " only inside it");
      file("a.txt", "-r /etc/passwd\n");
      assertThatThrownBy(() -> read("a.txt"))
          .hasMessageContaining("absolute paths are not" + " followed");
      file("a.txt", "-r https://example.org/reqs.txt\n");
      assertThatThrownBy(() -> read("a.txt")).hasMessageContaining("are not fetched");
      file("a.txt", "-c missing.txt\n");
      assertThatThrownBy(() -> read("a.txt"))
          .hasMessage("a.txt:1:1: included file missing.txt no such file");
    }

    @Test
    void nulBytesAndTextThatIsNotUtf8() {
      file("requirements.txt", "requests\nid\u0000na\n");
      assertThatThrownBy(() -> read("requirements.txt"))
          .hasMessage(
              "requirements.txt:2:3: a NUL"
                  + " byte: this is not a text file (a binary, or UTF-16 text?)");
      project.put("requirements.txt", new byte[] {'a', (byte) 0xff, '\n'});
      assertThatThrownBy(() -> read("requirements.txt"))
          .hasMessage("requirements.txt: not UTF-8 text; save it as UTF-8");
      project.put("requirements.txt", "\uFEFFa".getBytes(StandardCharsets.UTF_16LE));
      assertThatThrownBy(() -> read("requirements.txt")).hasMessageContaining("NUL byte");
    }

    @Test
    void unclosedQuotesAndAMissingFile() {
      file("requirements.txt", "requests --config-settings \"a=b\n");
      assertThatThrownBy(() -> read("requirements.txt"))
          .hasMessage("requirements.txt:1:28: unclosed \" quote");
      assertThatThrownBy(() -> read("nowhere.txt")).hasMessage("nowhere.txt: no such file");
    }
  }

  @Nested
  class Hostile {

    @Test
    void aSecretFromAVariableIsNeverEchoedInAnError() {
      file("requirements.txt", "tidyconf==${TOKEN}\n");
      assertThatThrownBy(() -> read("requirements.txt"))
          .isInstanceOf(InputFileException.class)
          .hasMessageContaining("${TOKEN}")
          .hasMessageNotContaining("s3cret");
    }

    @Test
    void anUnsetVariableIsNamedAsUnset() {
      file("requirements.txt", "six\n--index-url https://${INDEX_HOST}/simple\n");
      assertThatThrownBy(() -> read("requirements.txt"))
          .isInstanceOf(InputFileException.class)
          .hasMessageStartingWith("requirements.txt:2")
          .hasMessageContaining("${INDEX_HOST}: the environment variable INDEX_HOST is not set");
    }

    @Test
    void aSecretFromAVariableIsKeptForUseButShownAsWritten() throws Exception {
      file(
          "requirements.txt",
          """
          --extra-index-url https://corp.example/simple?token=${TOKEN}
          -e git+https://${TOKEN}@git.corp.example/app.git#egg=app
          """);
      RequirementsFile read = read("requirements.txt");
      assertThat(read.indexes())
          .singleElement()
          .satisfies(
              i -> {
                assertThat(i.value()).isEqualTo("https://corp.example/simple?token=s3cret");
                assertThat(i.written()).isEqualTo("https://corp.example/simple?token=${TOKEN}");
              });
      assertThat(read.requirements())
          .singleElement()
          .satisfies(r -> assertThat(r.text()).doesNotContain("s3cret").contains("${TOKEN}"));
    }

    @Test
    void aLineOfOneNameAndAHundredThousandSpacesIsReadInLinearTime() throws Exception {
      // pip's comment expression, (^|\s+)#.*$, took 81 s on this line with java.util.regex.
      file("requirements.txt", "tidyconf" + " ".repeat(100_000) + "\nsix # a comment\n");
      RequirementsFile read =
          org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
              java.time.Duration.ofSeconds(10), () -> read("requirements.txt"));
      assertThat(texts(read)).containsExactly("tidyconf", "six");
    }

    @Test
    void commentsStartAtAHashAfterWhiteSpaceOrAtTheStartOfTheLine() {
      assertThat(RequirementsFileReader.commentStart("# all")).isZero();
      assertThat(RequirementsFileReader.commentStart("six  \t# why")).isEqualTo(3);
      assertThat(RequirementsFileReader.commentStart("pkg @ https://x.example/p#egg=pkg"))
          .isEqualTo(-1);
      assertThat(RequirementsFileReader.commentStart("plain")).isEqualTo(-1);
    }

    @Test
    void aMarkerNestedThousandsDeepIsAnErrorNotAStackOverflow() {
      String marker = "(".repeat(3000) + "python_version >= \"3\"" + ")".repeat(3000);
      file("requirements.txt", "six; " + marker + "\n");
      assertThatThrownBy(() -> read("requirements.txt"))
          .isInstanceOf(InputFileException.class)
          .hasMessageContaining("requirements.txt:1:")
          .hasMessageContaining("nests parentheses more than 32 deep");
    }

    @Test
    void aVersionThousandsOfCharactersLongIsAnErrorNotAStackOverflow() {
      file("requirements.txt", "six==" + "1.0".repeat(1000) + "\n");
      assertThatThrownBy(() -> read("requirements.txt"))
          .isInstanceOf(InputFileException.class)
          .hasMessageContaining("longer than the 256 pkgguard reads");
    }
  }
}
