package io.pkgguard.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The validated content of a rule's {@link RuleDefinition}.
 *
 * @param id stable id, lower-case words joined by hyphens
 * @param summary one line saying what the rule checks
 * @param level the most severe level it reports by default
 * @param category the kind of concern it reports
 * @param stage when it runs
 * @param explanation longer explanation, possibly empty
 */
public record RuleDescriptor(
    String id,
    String summary,
    RiskLevel level,
    RiskCategory category,
    RuleStage stage,
    String explanation) {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final int MAX_ID_LENGTH = 64;

  public RuleDescriptor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(explanation, "explanation");
    if (id.length() > MAX_ID_LENGTH || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "rule id '" + id + "' must be lower-case words joined by hyphens, at most "
              + MAX_ID_LENGTH + " characters, such as 'package-age'");
    }
    if (summary.isBlank()) {
      throw new IllegalArgumentException("rule '" + id + "' needs a one-line summary");
    }
  }

  /**
   * Reads and validates the {@link RuleDefinition} of a rule class.
   *
   * @throws IllegalArgumentException naming the class if the annotation is missing or invalid
   */
  public static RuleDescriptor of(Class<?> ruleClass) {
    RuleDefinition definition = ruleClass.getAnnotation(RuleDefinition.class);
    if (definition == null) {
      throw new IllegalArgumentException(
          "rule class " + ruleClass.getName() + " has no @RuleDefinition annotation");
    }
    try {
      return new RuleDescriptor(
          definition.id(),
          definition.summary(),
          definition.level(),
          definition.category(),
          definition.stage(),
          definition.explanation());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "rule class " + ruleClass.getName() + ": " + e.getMessage(), e);
    }
  }
}
