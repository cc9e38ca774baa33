package io.pkgguard.rules.vulnerabilities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CVSS v4.0 base score (CVSS-B) of a vector, as the CVSS v4.0 specification (section 8)
 * computes it: the vector's MacroVector (six equivalence classes EQ1..EQ6) gives the score of its
 * highest-severity vector, from which the mean proportional distance of the vector to that
 * highest vector is subtracted, each EQ weighted by the score step to the next lower MacroVector.
 * The MacroVector scores are the specification's table (resource {@code cvss4-macrovectors.tsv},
 * with its source). Threat and environmental metrics are not part of the base score: E counts as
 * A (attacked), CR, IR and AR as H, modified metrics as their base values.
 */
final class CvssV4 {

  private static final List<String> BASE =
      List.of("AV", "AC", "AT", "PR", "UI", "VC", "VI", "VA", "SC", "SI", "SA");

  /** Each metric value's severity level, in steps of 0.1 (0 is the most severe). */
  private static final Map<String, Map<String, Integer>> LEVELS =
      Map.ofEntries(
          Map.entry("AV", Map.of("N", 0, "A", 1, "L", 2, "P", 3)),
          Map.entry("PR", Map.of("N", 0, "L", 1, "H", 2)),
          Map.entry("UI", Map.of("N", 0, "P", 1, "A", 2)),
          Map.entry("AC", Map.of("L", 0, "H", 1)),
          Map.entry("AT", Map.of("N", 0, "P", 1)),
          Map.entry("VC", Map.of("H", 0, "L", 1, "N", 2)),
          Map.entry("VI", Map.of("H", 0, "L", 1, "N", 2)),
          Map.entry("VA", Map.of("H", 0, "L", 1, "N", 2)),
          Map.entry("SC", Map.of("H", 1, "L", 2, "N", 3)),
          Map.entry("SI", Map.of("S", 0, "H", 1, "L", 2, "N", 3)),
          Map.entry("SA", Map.of("S", 0, "H", 1, "L", 2, "N", 3)),
          Map.entry("CR", Map.of("H", 0, "M", 1, "L", 2)),
          Map.entry("IR", Map.of("H", 0, "M", 1, "L", 2)),
          Map.entry("AR", Map.of("H", 0, "M", 1, "L", 2)),
          Map.entry("E", Map.of("A", 0, "P", 1, "U", 2)));

  /** The highest-severity vectors of each level of EQ1, EQ2, EQ4 and EQ5 (specification data). */
  private static final Map<String, List<List<String>>> HIGHEST =
      Map.of(
          "eq1",
              List.of(
                  List.of("AV:N/PR:N/UI:N"),
                  List.of("AV:A/PR:N/UI:N", "AV:N/PR:L/UI:N", "AV:N/PR:N/UI:P"),
                  List.of("AV:P/PR:N/UI:N", "AV:A/PR:L/UI:P")),
          "eq2", List.of(List.of("AC:L/AT:N"), List.of("AC:H/AT:N", "AC:L/AT:P")),
          "eq4",
              List.of(
                  List.of("SC:H/SI:S/SA:S"), List.of("SC:H/SI:H/SA:H"), List.of("SC:L/SI:L/SA:L")),
          "eq5", List.of(List.of("E:A"), List.of("E:P"), List.of("E:U")));

  /** The highest-severity vectors of EQ3 and EQ6 together, by "eq3eq6" (specification data). */
  private static final Map<String, List<String>> HIGHEST_EQ3_EQ6 =
      Map.of(
          "00", List.of("VC:H/VI:H/VA:H/CR:H/IR:H/AR:H"),
          "01", List.of("VC:H/VI:H/VA:L/CR:M/IR:M/AR:H", "VC:H/VI:H/VA:H/CR:M/IR:M/AR:M"),
          "10", List.of("VC:L/VI:H/VA:H/CR:H/IR:H/AR:H", "VC:H/VI:L/VA:H/CR:H/IR:H/AR:H"),
          "11",
              List.of(
                  "VC:L/VI:H/VA:L/CR:H/IR:M/AR:H",
                  "VC:L/VI:H/VA:H/CR:H/IR:M/AR:M",
                  "VC:H/VI:L/VA:H/CR:M/IR:H/AR:M",
                  "VC:H/VI:L/VA:L/CR:M/IR:H/AR:H",
                  "VC:L/VI:L/VA:H/CR:H/IR:H/AR:M"),
          "21", List.of("VC:L/VI:L/VA:L/CR:H/IR:H/AR:H"));

  /** How many 0.1 steps deep each EQ level reaches (specification data, "max severity"). */
  private static final Map<String, Integer> DEPTHS =
      Map.ofEntries(
          Map.entry("eq1:0", 1),
          Map.entry("eq1:1", 4),
          Map.entry("eq1:2", 5),
          Map.entry("eq2:0", 1),
          Map.entry("eq2:1", 2),
          Map.entry("eq3eq6:00", 7),
          Map.entry("eq3eq6:01", 6),
          Map.entry("eq3eq6:10", 8),
          Map.entry("eq3eq6:11", 8),
          Map.entry("eq3eq6:21", 10),
          Map.entry("eq4:0", 6),
          Map.entry("eq4:1", 5),
          Map.entry("eq4:2", 4));

  private static final Map<String, Double> MACROVECTORS = loadMacroVectors();

  private CvssV4() {}

  /**
   * The base score of a vector such as {@code CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/
   * SC:N/SI:N/SA:N}, or empty if it is not a valid v4.0 vector with every base metric exactly
   * once (other metrics may follow and are ignored).
   */
  static Optional<BigDecimal> baseScore(String vector) {
    Optional<Map<String, String>> parsed = parse(vector);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> m = parsed.get();
    m.put("E", "A");
    m.put("CR", "H");
    m.put("IR", "H");
    m.put("AR", "H");
    if (List.of("VC", "VI", "VA", "SC", "SI", "SA").stream().allMatch(k -> m.get(k).equals("N"))) {
      return Optional.of(BigDecimal.ZERO.setScale(1));
    }
    int[] eq = equivalenceClasses(m);
    double value = MACROVECTORS.get(macro(eq));

    double[] lower = {
      score(eq, 0, 1), score(eq, 1, 1), lowerEq3Eq6(eq), score(eq, 3, 1), score(eq, 4, 1)
    };
    Map<String, Integer> distance = distancesToHighest(m, eq);
    int[] distances = {
      distance.get("AV") + distance.get("PR") + distance.get("UI"),
      distance.get("AC") + distance.get("AT"),
      distance.get("VC")
          + distance.get("VI")
          + distance.get("VA")
          + distance.get("CR")
          + distance.get("IR")
          + distance.get("AR"),
      distance.get("SC") + distance.get("SI") + distance.get("SA"),
      0
    };
    int[] depths = {
      DEPTHS.get("eq1:" + eq[0]),
      DEPTHS.get("eq2:" + eq[1]),
      DEPTHS.get("eq3eq6:" + eq[2] + eq[5]),
      DEPTHS.get("eq4:" + eq[3]),
      1
    };
    double sum = 0;
    int existing = 0;
    for (int i = 0; i < 5; i++) {
      if (!Double.isNaN(lower[i])) {
        existing++;
        sum += (value - lower[i]) * distances[i] / depths[i];
      }
    }
    double mean = existing == 0 ? 0 : sum / existing;
    double score = Math.max(0, Math.min(10, value - mean));
    // the specification's calculator rounds half up after a 1e-6 nudge against binary fractions
    return Optional.of(
        BigDecimal.valueOf(Math.round((score + 1e-6) * 10))
            .divide(BigDecimal.TEN, 1, RoundingMode.UNNECESSARY));
  }

  /** The qualitative rating of a score, as for v3. */
  static String rating(BigDecimal score) {
    return CvssV3.rating(score);
  }

  private static Optional<Map<String, String>> parse(String vector) {
    String[] parts = vector.strip().split("/");
    if (parts.length < BASE.size() + 1 || !parts[0].equals("CVSS:4.0")) {
      return Optional.empty();
    }
    Map<String, String> metrics = new HashMap<>();
    for (int i = 1; i < parts.length; i++) {
      String[] kv = parts[i].split(":", -1);
      if (kv.length != 2 || kv[0].isEmpty() || metrics.put(kv[0], kv[1]) != null) {
        return Optional.empty();
      }
    }
    for (String metric : BASE) {
      String value = metrics.get(metric);
      if (value == null
          || !LEVELS.get(metric).containsKey(value)
          || ((metric.equals("SI") || metric.equals("SA")) && value.equals("S"))) {
        return Optional.empty();
      }
    }
    Map<String, String> base = new HashMap<>();
    BASE.forEach(k -> base.put(k, metrics.get(k)));
    return Optional.of(base);
  }

  private static int[] equivalenceClasses(Map<String, String> m) {
    boolean avN = m.get("AV").equals("N");
    boolean prN = m.get("PR").equals("N");
    boolean uiN = m.get("UI").equals("N");
    int eq1 = avN && prN && uiN ? 0 : (avN || prN || uiN) && !m.get("AV").equals("P") ? 1 : 2;
    int eq2 = m.get("AC").equals("L") && m.get("AT").equals("N") ? 0 : 1;
    boolean vcH = m.get("VC").equals("H");
    boolean viH = m.get("VI").equals("H");
    boolean vaH = m.get("VA").equals("H");
    int eq3 = vcH && viH ? 0 : vcH || viH || vaH ? 1 : 2;
    int eq4 =
        m.get("SI").equals("S") || m.get("SA").equals("S")
            ? 0
            : m.get("SC").equals("H") || m.get("SI").equals("H") || m.get("SA").equals("H") ? 1 : 2;
    int eq5 = LEVELS.get("E").get(m.get("E"));
    boolean crH = m.get("CR").equals("H");
    boolean irH = m.get("IR").equals("H");
    boolean arH = m.get("AR").equals("H");
    int eq6 = (crH && vcH) || (irH && viH) || (arH && vaH) ? 0 : 1;
    return new int[] {eq1, eq2, eq3, eq4, eq5, eq6};
  }

  private static String macro(int[] eq) {
    StringBuilder key = new StringBuilder();
    for (int e : eq) {
      key.append(e);
    }
    return key.toString();
  }

  /** The score of the MacroVector one step lower in EQ {@code index}; NaN if there is none. */
  private static double score(int[] eq, int index, int step) {
    int[] next = eq.clone();
    next[index] += step;
    return MACROVECTORS.getOrDefault(macro(next), Double.NaN);
  }

  /** EQ3 and EQ6 step down together: 00 to 01 or 10 (the higher), 01 and 11 to x+1, 10 to 11. */
  private static double lowerEq3Eq6(int[] eq) {
    int eq3 = eq[2];
    int eq6 = eq[5];
    if (eq3 == 0 && eq6 == 0) {
      // both always exist in the table; were one missing, the step would count as missing
      return Math.max(score(eq, 5, 1), score(eq, 2, 1));
    }
    if (eq3 == 1 && eq6 == 0) {
      return score(eq, 5, 1);
    }
    if (eq6 == 1 && eq3 < 2) {
      return score(eq, 2, 1);
    }
    int[] next = eq.clone();
    next[2]++;
    next[5]++;
    return MACROVECTORS.getOrDefault(macro(next), Double.NaN);
  }

  /**
   * Each metric's distance (in 0.1 steps) from the first highest-severity vector of the
   * MacroVector that is at least as severe as the vector in every metric.
   */
  private static Map<String, Integer> distancesToHighest(Map<String, String> m, int[] eq) {
    List<String> candidates = new ArrayList<>();
    for (String e1 : HIGHEST.get("eq1").get(eq[0])) {
      for (String e2 : HIGHEST.get("eq2").get(eq[1])) {
        for (String e36 : HIGHEST_EQ3_EQ6.get("" + eq[2] + eq[5])) {
          for (String e4 : HIGHEST.get("eq4").get(eq[3])) {
            for (String e5 : HIGHEST.get("eq5").get(eq[4])) {
              candidates.add(String.join("/", e1, e2, e36, e4, e5));
            }
          }
        }
      }
    }
    Map<String, Integer> distances = new HashMap<>();
    for (String candidate : candidates) {
      distances.clear();
      boolean dominates = true;
      for (String part : candidate.split("/")) {
        String[] kv = part.split(":");
        int d = LEVELS.get(kv[0]).get(m.get(kv[0])) - LEVELS.get(kv[0]).get(kv[1]);
        distances.put(kv[0], d);
        dominates &= d >= 0;
      }
      if (dominates) {
        return distances;
      }
    }
    return distances; // as the calculator does: the last candidate if none dominates
  }

  private static Map<String, Double> loadMacroVectors() {
    Map<String, Double> table = new HashMap<>();
    try (InputStream in = CvssV4.class.getResourceAsStream("cvss4-macrovectors.tsv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] f = line.split("\t");
          table.put(f[0], Double.parseDouble(f[1]));
        }
      }
    } catch (IOException | NullPointerException e) {
      throw new UncheckedIOException(
          new IOException("cvss4-macrovectors.tsv is missing from" + " the rules jar", e));
    }
    if (table.size() != 270) {
      throw new IllegalStateException(
          "cvss4-macrovectors.tsv has " + table.size() + " MacroVectors, 270 expected");
    }
    return Map.copyOf(table);
  }
}
