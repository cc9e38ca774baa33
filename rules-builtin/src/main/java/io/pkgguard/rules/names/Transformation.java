package io.pkgguard.rules.names;

/** How a look-alike name was made from the name it imitates. */
enum Transformation {
  /** Separators added, removed or changed: {@code pythondateutil}. */
  SEPARATORS("separator change"),
  /** Non-Latin or invisible characters that look like the original's. */
  UNICODE_CONFUSABLES("Unicode look-alike characters"),
  /** Homoglyphs and leetspeak: {@code 0/o}, {@code 1/l/i}, {@code rn/m}, {@code vv/w}. */
  HOMOGLYPHS("homoglyphs or leetspeak"),
  /**
   * A {@code py}/{@code python}/{@code python3} prefix or suffix added, dropped or exchanged:
   * {@code py-torch}, {@code python-mongo} for {@code pymongo}.
   */
  PYTHON_AFFIX("Python prefix or suffix"),
  /** A version number appended: {@code requests2}. */
  VERSION_SUFFIX("version suffix"),
  /** Two adjacent letters swapped: {@code reqeusts}. */
  TRANSPOSITION("adjacent letters swapped"),
  /** A letter dropped: {@code reqests}. */
  OMISSION("letter dropped"),
  /** A letter doubled: {@code requestss}. */
  REPETITION("letter doubled"),
  /** A letter added: {@code colourama}. */
  INSERTION("letter added"),
  /** A letter replaced by the key next to it: {@code requesta}. */
  KEYBOARD_SUBSTITUTION("neighbouring key"),
  /** A letter replaced: {@code requeste}. */
  SUBSTITUTION("letter replaced"),
  /** Two edits on a long name. */
  EDITS("two edits"),
  /** A popular name with a generic word or another popular name: {@code numpy-utils}. */
  COMBINATION("popular name combined with another word");

  private final String label;

  Transformation(String label) {
    this.label = label;
  }

  /** The short label used in evidence, such as {@code adjacent letters swapped}. */
  String label() {
    return label;
  }
}
