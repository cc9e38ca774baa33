package io.pkgguard.advisories.osv.offline;

import static io.pkgguard.advisories.osv.OsvFixtures.ECOSYSTEMS;
import static io.pkgguard.advisories.osv.OsvFixtures.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.advisories.osv.matching.OsvMatcher;
import io.pkgguard.advisories.osv.model.OsvRecordReader;
import io.pkgguard.api.Advisory;
import io.pkgguard.api.PackageId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OsvDatabaseTest {

  private static final OsvMatcher MATCHER = new OsvMatcher(ECOSYSTEMS, "offline");
  private static OsvDatabase pypa;

  @BeforeAll
  static void loadThePypaDatabase() throws Exception {
    pypa = load(bytes("pypa/pypa-advisory-database-3ccb612.zip"));
  }

  private static OsvDatabase load(byte[] zip) throws Exception {
    return OsvDatabase.load(zip, "test.zip", MATCHER, new OsvRecordReader(), ZipLimits.defaults());
  }

  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void indexesEveryPypiRecordByNormalisedName() {
    assertThat(pypa.records()).isEqualTo(2661);
    assertThat(pypa.skipped()).isZero();
    // the database writes "accesscontrol"; PyPI's project is "AccessControl"
    assertThat(pypa.advisories(PackageId.pypi("AccessControl"), "4.2"))
        .extracting(Advisory::id)
        .contains("PYSEC-2021-370");
    assertThat(pypa.advisories(PackageId.pypi("AccessControl"), "4.3"))
        .extracting(Advisory::id)
        .doesNotContain("PYSEC-2021-370");
  }

  @Test
  void advisoriesCarryAliasesTheNearestFixAndALink() {
    Advisory a =
        pypa.advisories(PackageId.pypi("accesscontrol"), "5.1").stream()
            .filter(x -> x.id().equals("PYSEC-2021-370"))
            .findFirst()
            .orElseThrow();
    assertThat(a.aliases()).contains("CVE-2021-32811");
    assertThat(a.fixedIn()).containsExactly("5.2");
    assertThat(a.link()).isPresent();
    assertThat(a.source()).isEqualTo("offline");
    assertThat(a.undecided()).isEmpty();
  }

  @Test
  void packagesOfOtherEcosystemsNeverMatch() throws Exception {
    OsvDatabase db =
        load(
            zip(
                Map.of(
                    "MAL-2025-20690.json",
                    bytes("api/vulns-MAL-2025-20690-npm.json"),
                    "osv/MAL-2026-15859.json",
                    bytes("records/MAL-2026-15859-pypi-0requests.json"))));
    assertThat(db.records()).isEqualTo(1);
    assertThat(db.advisories(PackageId.pypi("flatmap-stream"), "0.1.1")).isEmpty();
  }

  @Test
  void anExportOfAnotherEcosystemIsNotADatabaseForThisOne() {
    assertThatThrownBy(
            () ->
                load(
                    zip(Map.of("MAL-2025-20690.json", bytes("api/vulns-MAL-2025-20690-npm.json")))))
        .isInstanceOf(io.pkgguard.advisories.osv.model.OsvFormatException.class)
        .hasMessageContaining("holds no valid OSV record for an ecosystem pkgguard evaluates");
  }

  @Test
  void anEntryNameThatIsNotUtf8IsAFormatErrorNotACrash() throws Exception {
    // Found by fuzzing: java.util.zip throws IllegalArgumentException for such a name.
    byte[] zip = zip(Map.of("PYSEC-1.json", utf8("{}")));
    int name = indexOf(zip, "PYSEC-1.json".getBytes(StandardCharsets.UTF_8));
    zip[name] = (byte) 0xC3;
    zip[name + 1] = (byte) 0x28;
    assertThatThrownBy(() -> load(zip))
        .isInstanceOf(io.pkgguard.advisories.osv.model.OsvFormatException.class)
        .hasMessageContaining("an entry name is not valid UTF-8");
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalArgumentException("not found");
  }

  @Test
  void aZipOfGarbageOrOfNotesAloneIsNotADatabase() {
    assertThatThrownBy(() -> load(zip(Map.of("x.json", utf8("{\"garbage\": true}")))))
        .hasMessageContaining("holds no valid OSV record")
        .hasMessageContaining("1 record entry read");
    assertThatThrownBy(() -> load(zip(Map.of("README.md", utf8("# notes\n")))))
        .hasMessageContaining("holds no valid OSV record")
        .hasMessageContaining("0 record entries read");
  }

  @Test
  void aDatabaseThatRejectsMoreThanATenthOfItsRecordsIsRefused() throws Exception {
    Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
    entries.put("osv/MAL-2026-15859.json", bytes("records/MAL-2026-15859-pypi-0requests.json"));
    for (int i = 0; i < 2; i++) {
      entries.put(
          "bad-" + i + ".json",
          utf8(
              "{\"id\": \"PYSEC-"
                  + i
                  + "\", \"affected\":"
                  + " [{\"package\": {\"ecosystem\": \"PyPI\", \"name\": \"x\"}}], \"modified\": 7}"));
    }
    assertThatThrownBy(() -> load(zip(entries)))
        .hasMessageContaining("2 of its 3 records are not valid OSV (more than 10 %)");
  }

  @Test
  void aMaliciousPackageRecordMatchesItsListedVersion() throws Exception {
    OsvDatabase db =
        load(
            zip(
                Map.of(
                    "osv/malicious/pypi/0requests/MAL-2026-15859.json",
                    bytes("records/MAL-2026-15859-pypi-0requests.json"))));
    assertThat(db.advisories(PackageId.pypi("0requests"), "0.0.1"))
        .singleElement()
        .satisfies(a -> assertThat(a.isMalicious()).isTrue());
    assertThat(db.advisories(PackageId.pypi("0requests"), "0.0.2")).isEmpty();
  }

  @Test
  void anInvalidRecordIsReportedForItsPackageNotDropped() throws Exception {
    Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
    entries.put(
        "bad.json",
        utf8(
            "{\"id\": \"PYSEC-9\", \"affected\":"
                + " [{\"package\": {\"ecosystem\": \"PyPI\", \"name\": \"Demo_Pkg\"}, \"ranges\":"
                + " [{\"type\": \"ECOSYSTEM\", \"events\": [{\"introduced\": \"0\", \"fixed\":"
                + " \"1\"}]}]}]}"));
    for (int i = 0; i < 9; i++) {
      entries.put("good-" + i + ".json", bytes("records/MAL-2026-15859-pypi-0requests.json"));
    }
    OsvDatabase db = load(zip(entries));
    assertThat(db.skipped()).isEqualTo(1);
    assertThat(db.advisories(PackageId.pypi("demo-pkg"), "0.5"))
        .singleElement()
        .satisfies(
            a ->
                assertThat(a.undecided())
                    .hasValueSatisfying(
                        why -> assertThat(why).contains("bad.json").contains("exactly one of")));
  }

  @Test
  void damagedOrHostileArchivesAreRefusedWithTheReason() throws Exception {
    assertThatThrownBy(() -> load(utf8("not a zip at all")))
        .hasMessage("test.zip: not a zip archive, or an empty one");
    assertThatThrownBy(() -> load(zip(Map.of("../../etc/PYSEC-1.json", utf8("{}")))))
        .hasMessageContaining("entry '../../etc/PYSEC-1.json' points outside the archive");
    assertThatThrownBy(() -> load(zip(Map.of("/abs/PYSEC-1.json", utf8("{}")))))
        .hasMessageContaining("points outside the archive");
    assertThatThrownBy(() -> load(zip(Map.of("a/PYSEC-1.json", utf8("{\"id\": ")))))
        .hasMessageStartingWith("test.zip!a/PYSEC-1.json: not valid JSON");
    assertThatThrownBy(() -> load(zip(Map.of("big.json", new byte[5 * 1024 * 1024]))))
        .hasMessage(
            "test.zip: entry big.json is larger than the 4194304-byte limit for one" + " record");
  }

  @Test
  void aZipBombIsRefusedBeforeItIsInflated() throws Exception {
    ZipLimits small = new ZipLimits(1000, 20L * 1024 * 1024, 4 * 1024 * 1024, 200);
    byte[] zeros = new byte[3 * 1024 * 1024];
    byte[] bomb =
        zip(
            Map.of(
                "a.json", zeros, "b.json", zeros, "c.json", zeros, "d.json", zeros, "e.json", zeros,
                "f.json", zeros, "g.json", zeros, "h.json", zeros));
    assertThatThrownBy(
            () -> OsvDatabase.load(bomb, "bomb.zip", MATCHER, new OsvRecordReader(), small))
        .hasMessageContaining("bomb.zip")
        .hasMessageContaining("zip bomb");
  }
}
