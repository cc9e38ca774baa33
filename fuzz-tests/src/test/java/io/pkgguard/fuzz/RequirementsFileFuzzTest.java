package io.pkgguard.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.pkgguard.source.pypi.inputs.InputFileException;
import io.pkgguard.source.pypi.inputs.RequirementsFileReader;
import java.util.Map;
import java.util.Optional;

/**
 * Requirements files as pip reads them, includes and variables included: read, or refused with a
 * located error. Every file the input includes has the input's own content (so includes nest and
 * cycle).
 */
class RequirementsFileFuzzTest {

  @FuzzTest(maxDuration = "")
  void fuzz(byte[] input) {
    RequirementsFileReader reader =
        new RequirementsFileReader(
            path -> Optional.of(input), Map.of("TOKEN", "s3cret", "VERSION", "1.0"));
    ParserContract.holds(() -> reader.read("requirements.txt"), InputFileException.class);
  }
}
