package io.pkgguard.core.policy;

import io.pkgguard.api.ConfigurationException;
import io.pkgguard.api.TextFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * Reads the text files a policy names for rules (such as a corpus of internal package names),
 * so that rules get content and never touch the file system themselves.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class PolicyFiles {

  /** Larger files are refused: a policy's data files are lists, not archives. */
  public static final int MAX_BYTES = 64 << 20;

  private PolicyFiles() {}

  /**
   * The file's text.
   *
   * @param file the file, absolute
   * @param where the policy key naming it, for messages
   * @throws ConfigurationException saying what is wrong with the file and how to fix it
   */
  public static TextFile read(Path file, String where) {
    byte[] bytes;
    try {
      bytes = io.pkgguard.core.files.RegularFiles.read(file, MAX_BYTES);
    } catch (NoSuchFileException e) {
      throw new ConfigurationException(
          where
              + ": "
              + file
              + ": no such file (relative paths"
              + " are relative to the policy file's directory)");
    } catch (IOException e) {
      throw new ConfigurationException(
          where
              + ": "
              + file
              + " "
              + e.getMessage()
              + (e.getMessage().startsWith("is a directory") ? "; name a text file" : ""),
          e);
    }
    try {
      return new TextFile(
          file.toString(),
          StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      throw new ConfigurationException(where + ": " + file + " is not UTF-8 text");
    }
  }
}
