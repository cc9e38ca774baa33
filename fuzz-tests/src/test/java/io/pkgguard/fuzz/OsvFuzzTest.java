package io.pkgguard.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.pkgguard.advisories.osv.matching.OsvMatcher;
import io.pkgguard.advisories.osv.model.OsvFormatException;
import io.pkgguard.advisories.osv.model.OsvRecordReader;
import io.pkgguard.advisories.osv.offline.OsvDatabase;
import io.pkgguard.advisories.osv.offline.ZipLimits;
import io.pkgguard.api.Ecosystem;
import io.pkgguard.api.PackageId;
import io.pkgguard.source.pypi.PypiEcosystem;
import java.util.Map;

/**
 * OSV records (JSON, as the API and the exports serve them) and offline databases (zips of them):
 * read, or refused with the typed error. The first byte picks which; a database that loads
 * answers questions without failing.
 */
class OsvFuzzTest {

  private static final Map<String, Ecosystem> ECOSYSTEMS =
      Map.of(PackageId.PYPI, new PypiEcosystem());

  @FuzzTest(maxDuration = "")
  void fuzz(byte[] input) {
    boolean archive = Inputs.choose(input, false, true);
    byte[] bytes = Inputs.rest(input);
    ParserContract.holds(
        () -> {
          if (archive) {
            OsvDatabase database =
                OsvDatabase.load(
                    bytes,
                    "fuzz.zip",
                    new OsvMatcher(ECOSYSTEMS, "fuzz"),
                    new OsvRecordReader(),
                    ZipLimits.defaults());
            database.advisories(PackageId.pypi("requests"), "2.0.0");
          } else {
            new OsvRecordReader().read(bytes, "fuzz.json");
          }
        },
        OsvFormatException.class);
  }
}
