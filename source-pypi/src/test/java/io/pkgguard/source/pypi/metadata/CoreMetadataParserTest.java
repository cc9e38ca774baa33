package io.pkgguard.source.pypi.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.source.pypi.testing.CoreMetadataTexts;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Core metadata texts written field for field from the core metadata specification. */
class CoreMetadataParserTest {

  private static CoreMetadata parse(String text) throws InvalidCoreMetadataException {
    return CoreMetadataParser.parse(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsEveryFieldPkgguardUses() throws Exception {
    CoreMetadata m = parse(CoreMetadataTexts.REQUESTS_2_34_2);
    assertThat(m.name()).isEqualTo("requests");
    assertThat(m.version()).isEqualTo("2.34.2");
    assertThat(m.summary()).isEqualTo("Python HTTP for Humans.");
    assertThat(m.author()).contains("Kenneth Reitz");
    assertThat(m.maintainer()).isEmpty();
    assertThat(m.maintainerEmail()).contains("Nate Prewitt <nate.prewitt@gmail.com>");
    assertThat(m.licenseExpression()).contains("Apache-2.0");
    assertThat(m.projectUrls())
        .containsEntry("Source", "https://github.com/psf/requests")
        .hasSize(2);
    assertThat(m.classifiers()).hasSize(2);
    assertThat(m.requiresDist())
        .containsExactly(
            "charset_normalizer<4,>=2",
            "idna<4,>=2.5",
            "PySocks!=1.5.7,>=1.5.6; extra == \"socks\"");
    assertThat(m.requiresPython()).contains(">=3.10");
    assertThat(m.homePage()).contains("https://requests.readthedocs.io");
    assertThat(m.description()).startsWith("# Requests").contains("elegant");
  }

  @Test
  void readsTheFoldedDescriptionOfOldTools() throws Exception {
    CoreMetadata m =
        parse(
            """
        Metadata-Version: 1.1
        Name: old
        Version: 0.1
        License: UNKNOWN
        Description: First line
               |second line
               |third line
        Platform: UNKNOWN
        """);
    assertThat(m.description()).isEqualTo("First line\nsecond line\nthird line");
    assertThat(m.license()).as("UNKNOWN means not given").isEmpty();
  }

  @Test
  void fieldNamesAreCaseInsensitiveAndLinesMayEndWithCrLf() throws Exception {
    CoreMetadata m = parse("NAME: x\r\nversion: 1\r\nsummary: s\r\n");
    assertThat(m.name()).isEqualTo("x");
    assertThat(m.summary()).isEqualTo("s");
  }

  @Test
  void malformedInputIsAClearError() {
    assertThatThrownBy(() -> parse("Version: 1\n")).hasMessageContaining("no name field");
    assertThatThrownBy(() -> parse("Name: x\nthis is not a header\n"))
        .hasMessageContaining("line 2 is not 'Field: value'");
    assertThatThrownBy(() -> CoreMetadataParser.parse(new byte[] {(byte) 0xC3, 0x28}))
        .hasMessageContaining("not UTF-8");
    assertThatThrownBy(() -> CoreMetadataParser.parse(new byte[CoreMetadataParser.MAX_BYTES + 1]))
        .hasMessageContaining("larger than");
  }
}
