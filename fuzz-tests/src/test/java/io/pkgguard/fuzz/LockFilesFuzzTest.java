package io.pkgguard.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.pkgguard.source.pypi.inputs.InputFileException;
import io.pkgguard.source.pypi.inputs.LockFiles;

/**
 * The four lock formats (pylock.toml, uv.lock, poetry.lock, Pipfile.lock): read, or refused with a
 * located error. The first byte picks the format.
 */
class LockFilesFuzzTest {

  @FuzzTest(maxDuration = "")
  void fuzz(byte[] input) {
    String name = Inputs.choose(input, "pylock.toml", "uv.lock", "poetry.lock", "Pipfile.lock");
    byte[] content = Inputs.rest(input);
    ParserContract.holds(() -> LockFiles.read(name, content), InputFileException.class);
  }
}
