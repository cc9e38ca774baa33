package io.pkgguard.rules.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The words PyPI project names are made of, with how many names use each ({@code
 * name-words.tsv}, built from every PyPI project name by {@code tools/refresh-name-words}). It
 * tells a keyword glued inside a name from a word that merely contains one: {@code pyhackutil}
 * splits into words people use in names ({@code py}, {@code hack}, {@code util}); {@code spyder}
 * and {@code crackle} are words of their own, and {@code hackney} leaves {@code ney}, which no
 * name uses. Read once per process, on first use: most names never need it.
 */
final class NameWords {

  /** A part of a name counts as a word when this many project names use it. */
  static final int COMMON = 20;

  private static final String RESOURCE = "name-words.tsv";

  private final Map<String, Integer> counts;

  private NameWords(Map<String, Integer> counts) {
    this.counts = counts;
  }

  /** The shipped words. */
  static NameWords builtin() {
    return Holder.BUILTIN;
  }

  /** Words from {@code word<TAB>count} lines ({@code #} comments skipped). */
  static NameWords parse(BufferedReader lines) throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    String line;
    while ((line = lines.readLine()) != null) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        throw new IOException("not word<TAB>count: " + line);
      }
      counts.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1).strip()));
    }
    return new NameWords(Map.copyOf(counts));
  }

  /** {@return how many project names use {@code word} as a part (0 if fewer than three)} */
  int count(String word) {
    return counts.getOrDefault(word, 0);
  }

  /**
   * Whether {@code part} splits wholly into common words (of three letters or more, each used by
   * at least {@link #COMMON} names), runs of digits and {@code py}; the empty part does.
   */
  boolean splitsIntoWords(String part) {
    int n = part.length();
    boolean[] reachable = new boolean[n + 1];
    reachable[0] = true;
    for (int end = 1; end <= n; end++) {
      for (int start = end - 1; start >= 0 && !reachable[end]; start--) {
        if (reachable[start] && isWord(part.substring(start, end))) {
          reachable[end] = true;
        }
      }
    }
    return reachable[n];
  }

  /**
   * Whether {@code word} also reads as words none of which contains {@code keyword}: {@code
   * unitspy} is units + py, not unit + spy. Pieces are common words of three letters or more,
   * {@code py} or runs of digits.
   */
  boolean readsWithout(String word, String keyword) {
    int n = word.length();
    boolean[] reachable = new boolean[n + 1];
    reachable[0] = true;
    for (int end = 1; end <= n; end++) {
      for (int start = end - 1; start >= 0 && !reachable[end]; start--) {
        String piece = word.substring(start, end);
        if (reachable[start] && !piece.contains(keyword) && isWord(piece)) {
          reachable[end] = true;
        }
      }
    }
    return reachable[n];
  }

  private boolean isWord(String piece) {
    if (piece.chars().allMatch(c -> c >= '0' && c <= '9') || piece.equals("py")) {
      return true;
    }
    // Two-letter parts (th, er, ab) would let almost anything split.
    return piece.length() >= 3 && count(piece) >= COMMON;
  }

  private static final class Holder {
    static final NameWords BUILTIN = load();

    private static NameWords load() {
      try (InputStream in = NameWords.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the rules jar");
        }
        return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(RESOURCE + " cannot be read", e);
      }
    }
  }
}
