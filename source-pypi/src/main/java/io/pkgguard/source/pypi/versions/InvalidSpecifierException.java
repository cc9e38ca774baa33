package io.pkgguard.source.pypi.versions;

/** A string is not a valid PEP 440 version specifier; the message quotes it and says why. */
public final class InvalidSpecifierException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  InvalidSpecifierException(String message) {
    super(message);
  }
}
