package io.pkgguard.source.pypi.inputs;

/**
 * A project input file (requirements file, lock file) that cannot be read as what it claims to
 * be. The message starts with {@code file:line:column} and says what is wrong and how to fix it.
 */
public final class InputFileException extends Exception {

  private static final long serialVersionUID = 1L;

  /** The problem at a location. */
  public InputFileException(SourceLocation where, String problem) {
    super(where + ": " + problem);
  }

  /** The problem with a file as a whole. */
  public InputFileException(String file, String problem) {
    super(file + ": " + problem);
  }

  private InputFileException(String message, InputFileException cause) {
    super(message, cause.getCause());
  }

  /** This problem with its message rewritten (to conceal what must not be shown). */
  InputFileException rewritten(java.util.function.UnaryOperator<String> rewrite) {
    return new InputFileException(rewrite.apply(getMessage()), this);
  }
}
