package io.pkgguard.source.pypi.inputs;

/** One lock file format: from the parsed document to exact versions, hashes and sources. */
interface LockFormat {

  /**
   * The lock file the document describes.
   *
   * @throws InputFileException naming file, line and column of the problem
   */
  LockFile read(LockDocument doc) throws InputFileException;
}
