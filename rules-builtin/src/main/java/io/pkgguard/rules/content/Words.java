package io.pkgguard.rules.content;

import java.util.ArrayList;
import java.util.List;

/**
 * How a pattern's {@code needs} words are looked for in a lower-cased view. A word is found where
 * it is written, except a word that ends with an opening parenthesis after a name ({@code .post(},
 * {@code request(}): it also stands for the name with spaces before the parenthesis ({@code .post
 * (}), as the expressions that call a function allow ({@code \.post\s*\(}). So a pattern can name
 * a call rather than every name that begins the same way ({@code .post_init}, {@code
 * .postprocess}), whose surroundings it would otherwise search in vain.
 */
final class Words {

  /** How many occurrences are worth listing; past it the whole view is searched. */
  static final int MOST = 100_000;

  private Words() {}

  /**
   * The part of {@code word} that is always written as it is: the word itself, or for a call the
   * name before its parenthesis (what {@link Trigrams} are asked about).
   */
  static String literalPart(String word) {
    return isCall(word) ? word.substring(0, word.length() - 1) : word;
  }

  /** Whether {@code word} occurs in {@code lowerView} (as {@link #find} would find it). */
  static boolean occursIn(String lowerView, String word) {
    if (!isCall(word)) {
      return lowerView.contains(word);
    }
    String name = literalPart(word);
    for (int i = lowerView.indexOf(name); i >= 0; i = lowerView.indexOf(name, i + 1)) {
      if (opensCall(lowerView, i + name.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where {@code word} starts in {@code lowerView}, in order; null (search everywhere) past
   * {@link #MOST}.
   */
  static List<Integer> find(String lowerView, String word) {
    String name = literalPart(word);
    boolean call = isCall(word);
    List<Integer> at = new ArrayList<>();
    for (int i = lowerView.indexOf(name); i >= 0; i = lowerView.indexOf(name, i + 1)) {
      if (call && !opensCall(lowerView, i + name.length())) {
        continue;
      }
      at.add(i);
      if (at.size() > MOST) {
        return null;
      }
    }
    return at;
  }

  /** A call word: a name (any character but a space or a parenthesis) and then {@code (}. */
  private static boolean isCall(String word) {
    if (word.length() < 2 || word.charAt(word.length() - 1) != '(') {
      return false;
    }
    char before = word.charAt(word.length() - 2);
    return before != '(' && !isSpace(before);
  }

  /** Whether spaces (any, none) and then {@code (} follow {@code from}. */
  private static boolean opensCall(String text, int from) {
    int i = from;
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && text.charAt(i) == '(';
  }

  /** The characters {@code \s} stands for in an expression. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
