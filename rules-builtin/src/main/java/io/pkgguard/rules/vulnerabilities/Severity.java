package io.pkgguard.rules.vulnerabilities;

import io.pkgguard.api.Advisory;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * How severe an advisory is, and how that was found out.
 *
 * @param rating {@code low}, {@code medium}, {@code high} or {@code critical}
 * @param basis what it rests on, for people: "CVSS 3.1 base 7.5", "GitHub's MODERATE"
 */
record Severity(String rating, String basis) {

  /**
   * The severity of an advisory: a CVSS v3 or v4 base score computed from its vector if it has
   * one (the highest, if several), else the severity word its database gives.
   */
  static Optional<Severity> of(Advisory advisory) {
    Optional<Severity> best = Optional.empty();
    BigDecimal bestScore = BigDecimal.valueOf(-1);
    for (Advisory.Severity s : advisory.severities()) {
      Optional<BigDecimal> score =
          switch (s.type()) {
            case "CVSS_V3" -> CvssV3.baseScore(s.score());
            case "CVSS_V4" -> CvssV4.baseScore(s.score());
            default -> Optional.empty();
          };
      if (score.isPresent() && score.get().compareTo(bestScore) > 0) {
        bestScore = score.get();
        String version = s.score().substring(5, 8);
        best =
            Optional.of(
                new Severity(
                    CvssV3.rating(score.get()),
                    "CVSS " + version + " base " + score.get().toPlainString()));
      }
    }
    if (best.isPresent() && !best.get().rating().equals("none")) {
      return best;
    }
    if (advisory.databaseSeverity().isPresent()) {
      String word = advisory.databaseSeverity().get().strip();
      Optional<String> rating = word(word);
      if (rating.isPresent()) {
        return Optional.of(new Severity(rating.get(), "the database's " + word));
      }
    }
    for (Advisory.Severity s : advisory.severities()) {
      if (s.type().equalsIgnoreCase("Ubuntu")) {
        Optional<String> rating = word(s.score());
        if (rating.isPresent()) {
          return Optional.of(new Severity(rating.get(), "Ubuntu's " + s.score()));
        }
      }
    }
    return best;
  }

  private static Optional<String> word(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "critical" -> Optional.of("critical");
      case "high", "important" -> Optional.of("high");
      case "moderate", "medium" -> Optional.of("medium");
      case "low", "negligible" -> Optional.of("low");
      default -> Optional.empty();
    };
  }
}
