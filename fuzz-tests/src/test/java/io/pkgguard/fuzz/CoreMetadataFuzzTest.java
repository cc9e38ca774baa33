package io.pkgguard.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.pkgguard.source.pypi.metadata.CoreMetadataParser;
import io.pkgguard.source.pypi.metadata.InvalidCoreMetadataException;

/** Core metadata (a wheel's METADATA, an sdist's PKG-INFO): read, or refused with the reason. */
class CoreMetadataFuzzTest {

  @FuzzTest(maxDuration = "")
  void fuzz(byte[] input) {
    ParserContract.holds(() -> CoreMetadataParser.parse(input), InvalidCoreMetadataException.class);
  }
}
