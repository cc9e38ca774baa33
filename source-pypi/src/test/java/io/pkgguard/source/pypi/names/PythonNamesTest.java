package io.pkgguard.source.pypi.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.source.pypi.testing.ConformanceData;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PythonNamesTest {

  private final PythonNames names = PythonNames.scheme();

  static Stream<List<String>> pep503Vectors() {
    return ConformanceData.tsv("conformance/pep503-names.tsv").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pep503Vectors")
  void agreesWithTheReferenceImplementation(List<String> row) {
    String name = row.get(0);
    assertThat(names.normalize(name)).isEqualTo(row.get(1));
    if (row.get(2).equals("invalid")) {
      assertThat(names.isValid(name)).isFalse();
      assertThat(names.problem(name)).isPresent();
    }
    if (!row.get(3).isEmpty()) {
      assertThat(names.isNormalized(name)).isEqualTo(Boolean.parseBoolean(row.get(3)));
    }
  }

  @Test
  void validNamesHaveNoProblem() {
    for (String name :
        List.of("requests", "Django", "zope.interface", "a", "1", "py_spy", "ruamel.yaml.clib")) {
      assertThat(names.problem(name)).as(name).isEmpty();
    }
  }

  @Test
  void problemsSayWhatIsWrongAndWhere() {
    assertThat(names.problem("")).contains("the name is empty");
    assertThat(names.problem("r\u0435quests"))
        .hasValueSatisfying(
            p ->
                assertThat(p)
                    .startsWith("U+0435 (CYRILLIC SMALL LETTER IE) at position 2 is not allowed")
                    .contains("looks like an ASCII one"));
    assertThat(names.problem("evil\u001b[2J"))
        .hasValueSatisfying(
            p -> assertThat(p).startsWith("the control character U+001B").contains("position 5"));
    assertThat(names.problem("two words"))
        .contains("a space at position 4 is not allowed: names contain no white space");
    assertThat(names.problem("a@b"))
        .contains("'@' at position 2 is not allowed: names use letters, digits, '.', '-' and '_'");
    assertThat(names.problem("-leading"))
        .contains("the name must start and end with a letter or digit");
    assertThat(names.problem("\uD83D\uDE00"))
        .hasValueSatisfying(p -> assertThat(p).startsWith("U+1F600"));
  }
}
