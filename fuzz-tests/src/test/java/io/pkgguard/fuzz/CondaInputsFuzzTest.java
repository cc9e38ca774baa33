package io.pkgguard.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.pkgguard.api.EnvironmentFileException;
import io.pkgguard.api.SourceException;
import io.pkgguard.api.TargetEnvironment;
import io.pkgguard.source.conda.channel.RepodataIndex;
import io.pkgguard.source.conda.inputs.CondaEnvironmentReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * What a conda channel or project hands pkgguard: a repodata.json (indexed, then one name read
 * back), or an environment.yml, conda-lock.yml, pixi.lock or explicit spec file. Read, or refused
 * with the typed error. The first byte picks the file; the rest is its content.
 */
class CondaInputsFuzzTest {

  private static final String[] FILES = {
    "repodata.json", "environment.yml", "conda-lock.yml", "pixi.lock", "spec-file.txt"
  };

  @FuzzTest(maxDuration = "")
  void fuzz(byte[] input) throws Exception {
    if (input.length == 0) {
      return;
    }
    String name = FILES[(input[0] & 0xff) % FILES.length];
    byte[] content = Arrays.copyOfRange(input, 1, input.length);
    if (name.equals("repodata.json")) {
      Path file = Files.createTempFile("repodata-", ".json");
      try {
        Files.write(file, content);
        ParserContract.holds(
            () -> {
              RepodataIndex index = RepodataIndex.build(file, "fuzz");
              index.records("numpy");
              index.records("a");
            },
            SourceException.class);
      } finally {
        Files.deleteIfExists(file);
      }
      return;
    }
    ParserContract.holds(
        () ->
            CondaEnvironmentReader.read(
                name,
                path -> path.equals(name) ? Optional.of(content) : Optional.empty(),
                TargetEnvironment.of(Map.of("subdir", "linux-64"))),
        EnvironmentFileException.class);
  }
}
