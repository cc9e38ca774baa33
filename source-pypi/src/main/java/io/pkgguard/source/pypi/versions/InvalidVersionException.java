package io.pkgguard.source.pypi.versions;

/** A string is not a valid PEP 440 version; the message quotes it and says why. */
public final class InvalidVersionException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  InvalidVersionException(String message) {
    super(message);
  }
}
