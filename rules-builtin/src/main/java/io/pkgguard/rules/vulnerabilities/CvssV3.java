package io.pkgguard.rules.vulnerabilities;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CVSS v3.0 and v3.1 base score, computed from the vector as the specification's equations
 * define it (FIRST, "CVSS v3.1 Specification Document", section 7.1 and Appendix A for the
 * Roundup function). A published numeric score is never used: only the vector.
 */
final class CvssV3 {

  private static final Map<String, Map<String, Double>> WEIGHTS =
      Map.of(
          "AV", Map.of("N", 0.85, "A", 0.62, "L", 0.55, "P", 0.2),
          "AC", Map.of("L", 0.77, "H", 0.44),
          "PR", Map.of("N", 0.85, "L", 0.62, "H", 0.27),
          "UI", Map.of("N", 0.85, "R", 0.62),
          "S", Map.of("U", 0.0, "C", 0.0),
          "C", Map.of("H", 0.56, "L", 0.22, "N", 0.0),
          "I", Map.of("H", 0.56, "L", 0.22, "N", 0.0),
          "A", Map.of("H", 0.56, "L", 0.22, "N", 0.0));

  private CvssV3() {}

  /**
   * The base score of a vector such as {@code CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H}, or
   * empty if it is not a complete, valid v3 vector (every base metric exactly once, known
   * values; temporal and environmental metrics are allowed and ignored).
   */
  static Optional<BigDecimal> baseScore(String vector) {
    String[] parts = vector.strip().split("/");
    if (parts.length < 9 || !(parts[0].equals("CVSS:3.0") || parts[0].equals("CVSS:3.1"))) {
      return Optional.empty();
    }
    Map<String, String> metrics = new HashMap<>();
    for (int i = 1; i < parts.length; i++) {
      String[] kv = parts[i].split(":", -1);
      if (kv.length != 2 || metrics.put(kv[0], kv[1]) != null) {
        return Optional.empty();
      }
    }
    for (Map.Entry<String, Map<String, Double>> metric : WEIGHTS.entrySet()) {
      String value = metrics.get(metric.getKey());
      if (value == null || !metric.getValue().containsKey(value)) {
        return Optional.empty();
      }
    }
    boolean changed = metrics.get("S").equals("C");
    double pr =
        switch (metrics.get("PR")) {
          case "L" -> changed ? 0.68 : 0.62;
          case "H" -> changed ? 0.5 : 0.27;
          default -> 0.85;
        };
    double iss =
        1 - (1 - weight(metrics, "C")) * (1 - weight(metrics, "I")) * (1 - weight(metrics, "A"));
    double impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
    double exploitability =
        8.22 * weight(metrics, "AV") * weight(metrics, "AC") * pr * weight(metrics, "UI");
    if (impact <= 0) {
      return Optional.of(BigDecimal.ZERO.setScale(1));
    }
    double score =
        changed
            ? Math.min(1.08 * (impact + exploitability), 10)
            : Math.min(impact + exploitability, 10);
    return Optional.of(roundUp(score));
  }

  /** The qualitative rating of a score: none, low, medium, high or critical. */
  static String rating(BigDecimal score) {
    double s = score.doubleValue();
    if (s == 0) {
      return "none";
    }
    return s < 4 ? "low" : s < 7 ? "medium" : s < 9 ? "high" : "critical";
  }

  private static double weight(Map<String, String> metrics, String metric) {
    return WEIGHTS.get(metric).get(metrics.get(metric));
  }

  /** CVSS v3.1 Appendix A: the smallest one-decimal number at or above the input. */
  static BigDecimal roundUp(double input) {
    long intInput = Math.round(input * 100_000);
    if (intInput % 10_000 == 0) {
      return BigDecimal.valueOf(intInput / 10_000, 1);
    }
    return BigDecimal.valueOf(Math.floorDiv(intInput, 10_000) + 1, 1);
  }
}
