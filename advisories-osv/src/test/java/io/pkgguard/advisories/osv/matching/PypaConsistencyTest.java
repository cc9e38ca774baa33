package io.pkgguard.advisories.osv.matching;

import static io.pkgguard.advisories.osv.OsvFixtures.PEP440;
import static io.pkgguard.advisories.osv.OsvFixtures.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.advisories.osv.model.OsvAffected;
import io.pkgguard.advisories.osv.model.OsvRange;
import io.pkgguard.advisories.osv.model.OsvRecord;
import io.pkgguard.advisories.osv.model.OsvRecordReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The range evaluation against a real advisory collection: every record of the PyPA advisory
 * database (pypa/advisory-database at 3ccb612, 2,662 records) that has both ECOSYSTEM ranges and
 * an explicit {@code versions} list — the list is what OSV's own tooling expanded the ranges to —
 * must have each listed version inside its ranges. The figures go to docs/vulnerabilities.md;
 * this test writes them to target/pypa-consistency.txt.
 */
class PypaConsistencyTest {

  record Disagreement(String id, String version, String why) {}

  @Test
  void rangesAgreeWithTheListedVersions() throws IOException {
    OsvRecordReader reader = new OsvRecordReader();
    int records = 0;
    int checkedRecords = 0;
    int checkedVersions = 0;
    int agreeing = 0;
    int gitOnly = 0;
    List<Disagreement> disagreements = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    List<String> notPep440 = new ArrayList<>();
    List<String> fromGit = new ArrayList<>();
    List<String> preReleases = new ArrayList<>();
    try (ZipInputStream zip =
        new ZipInputStream(
            new ByteArrayInputStream(bytes("pypa/pypa-advisory-database-3ccb612.zip")))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (entry.isDirectory() || !entry.getName().endsWith(".yaml")) {
          continue;
        }
        records++;
        OsvRecord record;
        try {
          record = reader.read(zip.readAllBytes(), entry.getName());
        } catch (Exception e) {
          unreadable.add(e.getMessage());
          continue;
        }
        boolean checked = false;
        for (OsvAffected affected : record.affected()) {
          boolean ordered =
              affected.ranges().stream().anyMatch(r -> r.type().equals(OsvRange.ECOSYSTEM));
          if (!ordered) {
            gitOnly += affected.ranges().isEmpty() ? 0 : 1;
            continue;
          }
          if (affected.versions().isEmpty()) {
            continue;
          }
          checked = true;
          for (String version : affected.versions()) {
            checkedVersions++;
            Match match = AffectedVersions.evaluateRanges(affected, version, PEP440, true);
            if (match.status() == Match.Status.AFFECTED) {
              agreeing++;
            } else if (!PEP440.isValid(version)) {
              notPep440.add(record.id() + " " + version);
            } else if (affected.ranges().stream().anyMatch(r -> r.type().equals(OsvRange.GIT))) {
              fromGit.add(record.id() + " " + version);
            } else if (PEP440.isPreRelease(version) && introducedAsItsRelease(affected, version)) {
              preReleases.add(record.id() + " " + version);
            } else {
              disagreements.add(
                  new Disagreement(
                      record.id(),
                      version,
                      match.status() + (match.reason().isEmpty() ? "" : ": " + match.reason())));
            }
          }
        }
        if (checked) {
          checkedRecords++;
        }
      }
    }
    StringBuilder report = new StringBuilder();
    report
        .append("records ")
        .append(records)
        .append('\n')
        .append("unreadable ")
        .append(unreadable.size())
        .append(' ')
        .append(unreadable)
        .append('\n')
        .append("records with ECOSYSTEM ranges and a versions list ")
        .append(checkedRecords)
        .append('\n')
        .append("affected entries with only GIT ranges ")
        .append(gitOnly)
        .append('\n')
        .append("listed versions checked ")
        .append(checkedVersions)
        .append('\n')
        .append("inside the ranges ")
        .append(agreeing)
        .append('\n')
        .append("not PEP 440 versions (legacy spellings pip no longer installs) ")
        .append(notPep440.size())
        .append(' ')
        .append(notPep440)
        .append('\n')
        .append("outside the ECOSYSTEM ranges but the entry has GIT ranges that may list them ")
        .append(fromGit.size())
        .append(' ')
        .append(fromGit)
        .append('\n')
        .append("pre-releases of a version a range is introduced at ")
        .append(preReleases.size())
        .append(' ')
        .append(preReleases)
        .append('\n')
        .append("disagreements ")
        .append(disagreements.size())
        .append('\n');
    disagreements.forEach(d -> report.append("  ").append(d).append('\n'));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "pypa-consistency.txt"), report);

    assertThat(unreadable).isEmpty();
    assertThat(records).isEqualTo(2661);
    assertThat(checkedVersions).isGreaterThan(100_000);
    assertThat(disagreements).as(report.toString()).hasSizeLessThanOrEqualTo(KNOWN_DISAGREEMENTS);
  }

  /** See docs/vulnerabilities.md: records whose list and ranges really disagree. */
  private static final int KNOWN_DISAGREEMENTS = 0;

  /** Whether {@code version} is a pre-release of a version some range is introduced at. */
  private static boolean introducedAsItsRelease(OsvAffected affected, String version) {
    String release = PEP440.normalize(version).replaceAll("(a|b|rc)\\d+$", "");
    return affected.ranges().stream()
        .flatMap(r -> r.events().stream())
        .anyMatch(
            e ->
                e.kind() == io.pkgguard.advisories.osv.model.OsvEvent.Kind.INTRODUCED
                    && PEP440.isValid(e.version())
                    && PEP440.compare(e.version(), release) == 0);
  }
}
