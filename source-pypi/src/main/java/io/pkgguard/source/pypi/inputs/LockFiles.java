package io.pkgguard.source.pypi.inputs;

/**
 * Reads the lock files Python projects use — {@code pylock.toml} (PEP 751), {@code uv.lock},
 * {@code poetry.lock}, {@code pdm.lock} and {@code Pipfile.lock} — into exact versions, hashes and sources. A file
 * of a format version this reader does not know, a truncated or damaged one, or an entry without
 * a name or with a malformed hash is an {@link InputFileException} with file, line and column.
 */
public final class LockFiles {

  private LockFiles() {}

  /** Whether {@code fileName} is a lock file this class reads. */
  public static boolean isLockFile(String fileName) {
    return fileName.equals("uv.lock")
        || fileName.equals("poetry.lock")
        || fileName.equals("Pipfile.lock")
        || fileName.equals("pdm.lock")
        || fileName.equals("pylock.toml")
        || (fileName.startsWith("pylock.") && fileName.endsWith(".toml"));
  }

  /**
   * Reads a lock file; the format follows from its name.
   *
   * @throws InputFileException naming file, line and column of the problem
   */
  public static LockFile read(String fileName, byte[] bytes) throws InputFileException {
    if (fileName.equals("uv.lock")) {
      return new UvLockFormat().read(LockDocument.parse(fileName, bytes, true));
    }
    if (fileName.equals("poetry.lock")) {
      return new PoetryLockFormat().read(LockDocument.parse(fileName, bytes, true));
    }
    if (fileName.equals("pdm.lock")) {
      return new PdmLockFormat().read(LockDocument.parse(fileName, bytes, true));
    }
    if (fileName.equals("Pipfile.lock")) {
      return new PipfileLockFormat().read(LockDocument.parse(fileName, bytes, false));
    }
    if (isLockFile(fileName)) {
      return new PylockFormat().read(LockDocument.parse(fileName, bytes, true));
    }
    throw new InputFileException(
        fileName,
        "not a lock file pkgguard reads (pylock.toml, uv.lock, poetry.lock, pdm.lock,"
            + " Pipfile.lock)");
  }
}
