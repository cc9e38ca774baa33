package io.pkgguard.rules.names;

import static io.pkgguard.rules.Packages.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Recall on look-alike names from documented attacks ({@code typosquat/incidents.tsv}, each row
 * with its source): every one is flagged as an imitation of the project it targeted, except the
 * misses listed here, which docs/typosquat.md explains.
 */
class TyposquatIncidentsTest {

  /** Names the rule does not tie to their target, and why. */
  static final Map<String, String> KNOWN_MISSES =
      Map.of(
          "openvc",
          "two edits from 'opencv', which is not itself a PyPI project; one edit from"
              + " 'opencc', which it reports instead",
          "python-mysqldb",
          "imitates the import name MySQLdb of 'mysqlclient', not a project name",
          "pycryptoenv",
          "'pycrypto' (rank ~1500) is outside the prominent ranks combinations use",
          "smb",
          "a dropped 'py' is weak evidence, reported only for prominent names; 'pysmb' is"
              + " ranked ~2700");

  record Incident(String name, String target, String source) {}

  static List<Incident> incidents() {
    try (InputStream in =
        TyposquatIncidentsTest.class.getResourceAsStream("/typosquat/incidents.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split("\t"))
          .map(f -> new Incident(f[0], f[1], f[3]))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void flagsEveryDocumentedLookAlikeAsAnImitationOfItsTargetButTheKnownMisses() {
    TyposquatRule rule = new TyposquatRule();
    int caught = 0;
    List<Incident> all = incidents();
    for (Incident incident : all) {
      List<Finding> findings = rule.evaluate(request(incident.name(), Map.of(), "typosquat"));
      boolean tied =
          findings.stream()
              .anyMatch(f -> incident.target().equals(f.evidence().values().get("target")));
      if (KNOWN_MISSES.containsKey(incident.name())) {
        assertThat(tied)
            .as(
                "%s is listed as a miss but is caught now: update the list and"
                    + " docs/typosquat.md",
                incident.name())
            .isFalse();
      } else {
        assertThat(tied)
            .as(
                "%s should be flagged as imitating %s (%s); got %s",
                incident.name(), incident.target(), incident.source(), findings)
            .isTrue();
        caught++;
      }
    }
    assertThat(caught).isEqualTo(all.size() - KNOWN_MISSES.size());
    assertThat(Set.copyOf(all.stream().map(Incident::name).toList()))
        .containsAll(KNOWN_MISSES.keySet());
  }
}
