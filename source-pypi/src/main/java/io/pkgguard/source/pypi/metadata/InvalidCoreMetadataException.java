package io.pkgguard.source.pypi.metadata;

/** A core metadata file cannot be read; the message says what is wrong and where. */
public final class InvalidCoreMetadataException extends Exception {

  private static final long serialVersionUID = 1L;

  InvalidCoreMetadataException(String message) {
    super(message);
  }
}
