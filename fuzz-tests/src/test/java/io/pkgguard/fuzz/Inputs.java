package io.pkgguard.fuzz;

import java.nio.charset.StandardCharsets;

/** Turning raw fuzz input into what each parser takes. */
final class Inputs {

  private Inputs() {}

  /** The bytes as UTF-8 text, malformed sequences replaced (as readers of text files do). */
  static String text(byte[] input) {
    return new String(input, StandardCharsets.UTF_8);
  }

  /** The bytes after the first, which a target uses to choose a variant. */
  static byte[] rest(byte[] input) {
    return input.length == 0 ? input : java.util.Arrays.copyOfRange(input, 1, input.length);
  }

  /** One of {@code choices}, picked by the first byte. */
  @SafeVarargs
  static <T> T choose(byte[] input, T... choices) {
    return choices[input.length == 0 ? 0 : (input[0] & 0xff) % choices.length];
  }
}
