package io.pkgguard.core.inspection;

/**
 * A file could not be read because a decompressor pkgguard needs for it is not available here: the
 * xz or zstd library is missing from the class path or module path, or zstd's native part does
 * not load on this platform. Nothing is known of the file, so the release cannot be judged.
 */
public final class CodecUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String filename;

  CodecUnavailableException(String filename, LinkageError cause) {
    super(
        filename
            + " cannot be read here: a decompressor pkgguard needs for it is not available"
            + " ("
            + cause.getClass().getSimpleName()
            + ": "
            + cause.getMessage()
            + "); put"
            + " org.tukaani:xz and com.github.luben:zstd-jni beside pkgguard-core",
        cause);
    this.filename = filename;
  }

  /** The file that could not be read. */
  public String filename() {
    return filename;
  }
}
