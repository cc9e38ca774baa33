package io.pkgguard.rules.content;

import io.pkgguard.api.RiskLevel;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One line of a content pattern file (format in {@code content-patterns.tsv}).
 *
 * @param id the pattern's id
 * @param combination whether it combines other patterns instead of matching text
 * @param files which files it reads (pattern) or where its parts must meet (combination)
 * @param view which view of a file it reads
 * @param level the finding's level; empty for a signal, which only feeds combinations
 * @param minimum how many matches a file needs
 * @param needs words of which every match contains one (compared lower-cased): the expression is
 *     only tried around their occurrences; empty to try it everywhere
 * @param regex the expression (patterns only)
 * @param requires for a combination: groups that must all be found, each satisfied by any of its
 *     ids
 * @param message what the finding says
 * @param origin the file and line it was read from, for messages
 */
record ContentPattern(
    String id,
    boolean combination,
    Files files,
    View view,
    Optional<RiskLevel> level,
    int minimum,
    List<String> needs,
    Optional<Pattern> regex,
    List<List<String>> requires,
    String message,
    String origin) {

  /** Which files a pattern reads, or where a combination's parts must meet. */
  enum Files {
    PYTHON,
    SETUP,
    PTH,
    SCRIPT,
    /** conda's install-time scripts: {@code bin/.<name>-post-link.sh} and the like. */
    LINK,
    TEXT,
    /**
     * The project's one-line summary, as its metadata states it (view {@code text}): what the
     * package says it is for, so that a combination can weigh a capability against it.
     */
    SUMMARY,
    FILE,
    PACKAGE
  }

  /** Whether {@code lowerCaseView} may match: it holds one of {@link #needs}, or none is set. */
  boolean mayMatch(String lowerCaseView) {
    if (needs.isEmpty()) {
      return true;
    }
    for (String word : needs) {
      if (lowerCaseView.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Which view of a file a pattern reads. */
  enum View {
    CODE,
    STRINGS,
    TEXT,
    PATH,
    NONE
  }

  ContentPattern {
    needs = List.copyOf(needs);
    requires = requires.stream().map(List::copyOf).toList();
  }
}
