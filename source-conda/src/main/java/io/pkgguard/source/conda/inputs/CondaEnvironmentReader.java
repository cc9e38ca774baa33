package io.pkgguard.source.conda.inputs;

import io.pkgguard.api.EnvironmentDescription;
import io.pkgguard.api.EnvironmentFileException;
import io.pkgguard.api.EnvironmentFiles;
import io.pkgguard.api.TargetEnvironment;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads the files that describe a conda environment, choosing the format by name: {@code
 * environment.yml} / {@code .yaml} (and {@code *.environment.yml}), {@code conda-lock.yml},
 * {@code pixi.lock}, and explicit spec files ({@code @EXPLICIT}; any other {@code .txt} or {@code
 * .lock}).
 */
public final class CondaEnvironmentReader {

  private CondaEnvironmentReader() {}

  /**
   * {@return whether a file of this name is a conda environment file}
   *
   * @param fileName the file's name
   */
  public static boolean reads(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith("environment.yml")
        || name.endsWith("environment.yaml")
        || name.endsWith("conda-lock.yml")
        || name.endsWith("conda-lock.yaml")
        || name.equals("pixi.lock")
        || name.endsWith(".txt")
        || name.endsWith(".lock");
  }

  /**
   * Reads one environment file.
   *
   * @param fileName the file's name
   * @param files the project's files
   * @param target the environment the packages are for
   * @return the description
   * @throws EnvironmentFileException saying what is wrong and where
   */
  public static EnvironmentDescription read(
      String fileName, EnvironmentFiles files, TargetEnvironment target)
      throws EnvironmentFileException {
    String text = text(fileName, files);
    String name = fileName.toLowerCase(Locale.ROOT);
    if (text.isBlank()) {
      throw new EnvironmentFileException(fileName + ": the file is empty");
    }
    if (name.endsWith("conda-lock.yml") || name.endsWith("conda-lock.yaml")) {
      return CondaLockFile.read(fileName, text, target);
    }
    if (name.equals("pixi.lock")) {
      return PixiLockFile.read(fileName, text, target);
    }
    if (name.endsWith(".yml") || name.endsWith(".yaml")) {
      return EnvironmentYaml.read(fileName, text, target);
    }
    if (ExplicitSpecFile.isExplicit(text)) {
      return ExplicitSpecFile.read(fileName, text, target);
    }
    throw new EnvironmentFileException(
        fileName
            + ": not a conda environment file pkgguard reads; it reads environment.yml,"
            + " conda-lock.yml, pixi.lock and explicit spec files (@EXPLICIT)");
  }

  private static String text(String fileName, EnvironmentFiles files)
      throws EnvironmentFileException {
    byte[] bytes;
    try {
      bytes =
          files
              .read(fileName)
              .orElseThrow(() -> new EnvironmentFileException(fileName + ": no such file"));
    } catch (IOException e) {
      throw new EnvironmentFileException(fileName + ": cannot be read (" + e.getMessage() + ")", e);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new EnvironmentFileException(fileName + ": not UTF-8 text", e);
    }
  }
}
