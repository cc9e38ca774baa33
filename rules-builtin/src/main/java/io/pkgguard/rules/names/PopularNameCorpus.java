package io.pkgguard.rules.names;

import io.pkgguard.api.TextFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The names look-alikes are measured against, per ecosystem: the built-in list of the most
 * downloaded projects ({@code popular-<ecosystem>.tsv} beside this class: PyPI's, which conda
 * uses too, with conda-forge's core packages) plus any corpus files a policy
 * names (read by the core, {@link TextFile}). Immutable; lookups by normalised name.
 *
 * <p>File format, for shipped lists and policy files alike: UTF-8, one name per line, optionally
 * preceded by its rank and a TAB ({@code 6<TAB>requests}); blank lines and lines starting with
 * {@code #} are ignored. A name without a rank is an organisation's own name and counts as
 * prominent as the top ranks.
 */
final class PopularNameCorpus {

  /** The source named in reports for the shipped lists. */
  static final String BUILTIN = "the top downloads";

  private static final int MAX_LINE = 300;

  private final Map<String, PopularName> byName;
  private final List<PopularName> names;

  private PopularNameCorpus(Collection<PopularName> names) {
    // Plain loops and no lambdas: this runs at start-up, before the JIT has warmed anything.
    Map<String, PopularName> map = new HashMap<>(names.size() * 2);
    for (PopularName name : names) {
      PopularName known = map.get(name.name());
      map.put(name.name(), known == null ? name : moreProminent(known, name));
    }
    this.byName = map;
    List<PopularName> sorted = new ArrayList<>(names.size());
    for (PopularName name : names) {
      if (map.get(name.name()) == name) {
        sorted.add(name);
      }
    }
    if (!inOrder(sorted)) {
      sorted.sort(PROMINENCE); // shipped lists are in rank order already
    }
    this.names = Collections.unmodifiableList(sorted);
  }

  private static boolean inOrder(List<PopularName> names) {
    for (int i = 1; i < names.size(); i++) {
      if (PROMINENCE.compare(names.get(i - 1), names.get(i)) > 0) {
        return false;
      }
    }
    return true;
  }

  /** Unranked names first, then by rank, then by name. */
  private static final Comparator<PopularName> PROMINENCE =
      new Comparator<>() {
        @Override
        public int compare(PopularName a, PopularName b) {
          int c = Integer.compare(a.rank(), b.rank());
          return c != 0 ? c : a.name().compareTo(b.name());
        }
      };

  /** An empty corpus: nothing is imitated. */
  static PopularNameCorpus empty() {
    return new PopularNameCorpus(List.of());
  }

  /**
   * The shipped list for an ecosystem, or an empty corpus if none is shipped. conda's is PyPI's
   * (the packages most conda users install from conda-forge are the popular PyPI projects under
   * the same names) plus conda-forge's own core packages, unranked ({@code conda-forge-core.tsv}:
   * python, openssl, zlib, ...), which PyPI does not have (docs/conda.md).
   */
  static PopularNameCorpus builtin(String ecosystem) {
    String id = ecosystem.toLowerCase(Locale.ROOT);
    if (id.equals("conda")) {
      List<PopularName> names = new ArrayList<>(shipped("popular-pypi.tsv"));
      names.addAll(shipped("conda-forge-core.tsv"));
      return new PopularNameCorpus(names);
    }
    return new PopularNameCorpus(shipped("popular-" + id + ".tsv"));
  }

  private static List<PopularName> shipped(String resource) {
    try (InputStream in = PopularNameCorpus.class.getResourceAsStream(resource)) {
      return in == null ? List.of() : read(in, BUILTIN, resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped list " + resource, e);
    }
  }

  /**
   * A corpus file of a policy, as the core read it.
   *
   * @throws IllegalArgumentException naming the file and line that is wrong
   */
  static PopularNameCorpus parse(TextFile file) {
    return new PopularNameCorpus(parse(file.content(), file.path(), file.path()));
  }

  private static List<PopularName> read(InputStream in, String listedIn, String where)
      throws IOException {
    // The shipped lists are UTF-8 ASCII (a test checks every name).
    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    return parse(text, listedIn, where);
  }

  private static List<PopularName> parse(String text, String listedIn, String where) {
    // Whole-text scanning with indexOf rather than a line reader: this runs at start-up.
    List<PopularName> result = new ArrayList<>(text.length() / 16);
    int number = 0;
    for (int start = 0; start < text.length(); ) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      number++;
      String line = text.substring(start, end).strip();
      start = end + 1;
      if (!line.isEmpty() && line.charAt(0) != '#') {
        result.add(entry(line, number, listedIn, where));
      }
    }
    return result;
  }

  private static PopularName entry(String line, int number, String listedIn, String where) {
    if (line.length() > MAX_LINE) {
      throw new IllegalArgumentException(
          where
              + ":"
              + number
              + ": the line is longer than "
              + MAX_LINE
              + " characters; expected a project name, optionally after its rank and"
              + " a TAB");
    }
    int tab = line.indexOf('\t');
    int rank = 0;
    String name = line;
    if (tab >= 0) {
      try {
        rank = Integer.parseInt(line.substring(0, tab).strip());
      } catch (NumberFormatException e) {
        rank = -1;
      }
      if (rank <= 0) {
        throw new IllegalArgumentException(
            where
                + ":"
                + number
                + ": '"
                + line.substring(0, tab)
                + "' is not a rank; expected a whole number above 0"
                + " before the TAB");
      }
      name = line.substring(tab + 1).strip();
    }
    String normalized = NameForms.normalize(name);
    if (!valid(normalized)) {
      throw new IllegalArgumentException(
          where
              + ":"
              + number
              + ": '"
              + name
              + "' is not a valid project name (letters, digits, '.', '-', '_')");
    }
    return new PopularName(normalized, rank, listedIn);
  }

  /** Letters and digits, with single hyphens inside: a PEP 503-normalised name. */
  private static boolean valid(String normalized) {
    int n = normalized.length();
    if (n == 0 || normalized.charAt(0) == '-' || normalized.charAt(n - 1) == '-') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = normalized.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** This corpus with another's names added; where both list a name, the higher rank wins. */
  PopularNameCorpus with(PopularNameCorpus other) {
    List<PopularName> all = new ArrayList<>(names);
    all.addAll(other.names);
    return new PopularNameCorpus(all);
  }

  /** The entry for a normalised name. */
  Optional<PopularName> get(String normalized) {
    return Optional.ofNullable(byName.get(normalized));
  }

  /** Every name, most prominent first. */
  List<PopularName> names() {
    return names;
  }

  int size() {
    return names.size();
  }

  private static PopularName moreProminent(PopularName a, PopularName b) {
    if (a.unranked() != b.unranked()) {
      return a.unranked() ? a : b;
    }
    return a.rank() <= b.rank() ? a : b;
  }
}
