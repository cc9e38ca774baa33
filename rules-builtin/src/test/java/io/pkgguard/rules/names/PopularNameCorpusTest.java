package io.pkgguard.rules.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.TextFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class PopularNameCorpusTest {

  @Test
  void theShippedPypiListHasEveryRankedProjectNormalisedAndInRankOrder() {
    PopularNameCorpus corpus = PopularNameCorpus.builtin("pypi");
    List<PopularName> names = corpus.names();
    assertThat(names).hasSizeBetween(14_900, 15_000);
    assertThat(names.get(0)).isEqualTo(new PopularName("boto3", 1, PopularNameCorpus.BUILTIN));
    assertThat(corpus.get("requests")).hasValueSatisfying(n -> assertThat(n.rank()).isEqualTo(6));
    for (int i = 0; i < names.size(); i++) {
      PopularName name = names.get(i);
      assertThat(NameForms.normalize(name.name())).isEqualTo(name.name());
      assertThat(name.rank()).isPositive().isLessThanOrEqualTo(15_000);
      if (i > 0) {
        assertThat(name.rank()).isGreaterThan(names.get(i - 1).rank());
      }
    }
  }

  @Test
  void anEcosystemWithoutAShippedListHasAnEmptyCorpus() {
    assertThat(PopularNameCorpus.builtin("npm").size()).isZero();
  }

  @Test
  void condaUsesThePypiListAndCondaForgesCorePackages() {
    PopularNameCorpus conda = PopularNameCorpus.builtin("conda");
    assertThat(conda.size()).isGreaterThan(PopularNameCorpus.builtin("pypi").size());
    assertThat(conda.get("python")).isPresent();
    assertThat(conda.get("libgcc-ng")).isPresent();
    assertThat(conda.get("requests")).isPresent();
  }

  @Test
  void readsNamesWithAndWithoutRanksSkippingCommentsAndBlankLines() {
    TextFile file =
        new TextFile(
            "/srv/names.txt", "# internal\n\n  Acme_Billing  \r\n3\trequests\nacme.ledger");

    PopularNameCorpus corpus = PopularNameCorpus.parse(file);

    assertThat(corpus.names())
        .extracting(PopularName::name)
        .containsExactly("acme-billing", "acme-ledger", "requests");
    assertThat(corpus.get("requests")).hasValueSatisfying(n -> assertThat(n.rank()).isEqualTo(3));
    assertThat(corpus.get("acme-billing"))
        .hasValueSatisfying(
            n -> {
              assertThat(n.unranked()).isTrue();
              assertThat(n.listedIn()).isEqualTo("/srv/names.txt");
            });
  }

  @Test
  void mergingKeepsTheMoreProminentEntry() {
    PopularNameCorpus merged =
        PopularNameCorpus.builtin("pypi")
            .with(PopularNameCorpus.parse(new TextFile("/srv/names.txt", "requests\n")));
    assertThat(merged.get("requests")).hasValueSatisfying(n -> assertThat(n.unranked()).isTrue());
    assertThat(merged.names().get(0).name()).isEqualTo("requests");
  }

  @Test
  void badFilesAreRefusedWithFileLineAndFix() {
    assertRefused("ok\nre quests\n", ":2: 're quests' is not a valid project name");
    assertRefused("ok\n-1\tx\n", ":2: '-1' is not a rank");
    assertRefused("ok\n1.5\tx\n", ":2: '1.5' is not a rank");
    assertRefused("ok\nrequ\u0435sts\n", ":2: 'requ\u0435sts' is not a valid project name");
    assertRefused("a".repeat(301), ":1: the line is longer than 300 characters");
  }

  private static void assertRefused(String content, String message) {
    assertThatThrownBy(() -> PopularNameCorpus.parse(new TextFile("/srv/corpus.txt", content)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/srv/corpus.txt" + message);
  }
}
