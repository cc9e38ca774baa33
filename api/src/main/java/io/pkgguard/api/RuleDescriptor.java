package io.pkgguard.api;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The validated content of a rule's {@link RuleDefinition}.
 *
 * @param id stable id, lower-case words joined by hyphens
 * @param summary one line saying what the rule checks
 * @param level the most severe level it reports by default
 * @param category the kind of concern it reports
 * @param stage when it runs
 * @param explanation longer explanation, possibly empty
 * @param parameters the policy parameters the rule reads, possibly none; unmodifiable
 */
@API(status = API.Status.STABLE, since = "0.1")
public record RuleDescriptor(
    String id,
    String summary,
    RiskLevel level,
    RiskCategory category,
    RuleStage stage,
    String explanation,
    List<Parameter> parameters) {

  /**
   * A declared policy parameter.
   *
   * @param name the key in the rule's policy table
   * @param type the value's type
   * @param summary what it does and its default
   * @param defaultValue the value used when the policy sets none, as TOML; empty if none
   * @param listRole what the entries of a list do to the rule's checks ({@link
   *     ParameterDefinition#listRole()})
   * @param numberRole which way a number moved from its default checks less ({@link
   *     ParameterDefinition#numberRole()})
   */
  public record Parameter(
      String name,
      ParameterDefinition.Type type,
      String summary,
      Optional<String> defaultValue,
      ParameterDefinition.ListRole listRole,
      ParameterDefinition.NumberRole numberRole) {
    /**
     * Creates the value, checking its components.
     *
     * @param name the key in the rule's policy table
     * @param type the value's type
     * @param summary what it does
     * @param defaultValue the value used when the policy sets none, as TOML; empty if none
     * @param listRole what the entries of a list do to the rule's checks
     * @param numberRole which way a number moved from its default checks less
     * @throws IllegalArgumentException if a parameter that is not a list of texts declares a list
     *     role, or one that is not a number with a default declares a number role, other than
     *     {@code NEUTRAL}
     */
    public Parameter {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(summary, "summary");
      Objects.requireNonNull(defaultValue, "defaultValue");
      Objects.requireNonNull(listRole, "listRole");
      Objects.requireNonNull(numberRole, "numberRole");
      defaultValue = defaultValue.map(String::strip).filter(v -> !v.isEmpty());
      if (listRole != ParameterDefinition.ListRole.NEUTRAL
          && type != ParameterDefinition.Type.TEXTS) {
        throw new IllegalArgumentException(
            "parameter "
                + name
                + " is a "
                + type.name().toLowerCase(Locale.ROOT)
                + ", so its entries can have no list role "
                + listRole
                + " (only texts lists can)");
      }
      if (numberRole != ParameterDefinition.NumberRole.NEUTRAL
          && (type != ParameterDefinition.Type.NUMBER || defaultValue.isEmpty())) {
        throw new IllegalArgumentException(
            "parameter "
                + name
                + (type == ParameterDefinition.Type.NUMBER
                    ? " declares no default"
                    : " is of type " + type.name().toLowerCase(Locale.ROOT))
                + ", so it can have no number role "
                + numberRole
                + " (only numbers with a default can: the default is what a policy's value"
                + " is weighed against)");
      }
    }

    /**
     * A parameter whose value, if it is a number, plays no role in what a policy weakens.
     *
     * @param name the key in the rule's policy table
     * @param type the value's type
     * @param summary what it does
     * @param defaultValue the value used when the policy sets none, as TOML; empty if none
     * @param listRole what the entries of a list do to the rule's checks
     */
    public Parameter(
        String name,
        ParameterDefinition.Type type,
        String summary,
        Optional<String> defaultValue,
        ParameterDefinition.ListRole listRole) {
      this(name, type, summary, defaultValue, listRole, ParameterDefinition.NumberRole.NEUTRAL);
    }

    /**
     * A parameter whose value plays no role in what a policy weakens.
     *
     * @param name the key in the rule's policy table
     * @param type the value's type
     * @param summary what it does
     * @param defaultValue the value used when the policy sets none, as TOML; empty if none
     */
    public Parameter(
        String name, ParameterDefinition.Type type, String summary, Optional<String> defaultValue) {
      this(name, type, summary, defaultValue, ParameterDefinition.ListRole.NEUTRAL);
    }

    /**
     * A parameter without a declared default.
     *
     * @param name the key in the rule's policy table
     * @param type the value's type
     * @param summary what it does
     */
    public Parameter(String name, ParameterDefinition.Type type, String summary) {
      this(name, type, summary, Optional.empty());
    }
  }

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final int MAX_ID_LENGTH = 64;

  /**
   * Creates the value, checking its components.
   *
   * @param id stable id, lower-case words joined by hyphens
   * @param summary one line saying what the rule checks
   * @param level the most severe level it reports by default
   * @param category the kind of concern it reports
   * @param stage when it runs
   * @param explanation longer explanation, possibly empty
   * @param parameters the policy parameters the rule reads, possibly none; unmodifiable
   */
  public RuleDescriptor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(explanation, "explanation");
    parameters = List.copyOf(Objects.requireNonNull(parameters, "parameters"));
    Set<String> names = new HashSet<>();
    for (Parameter parameter : parameters) {
      if (parameter.name().equals("enabled") || !names.add(parameter.name())) {
        throw new IllegalArgumentException(
            "rule '"
                + id
                + "' declares the parameter '"
                + parameter.name()
                + "' twice or uses the reserved key 'enabled'");
      }
    }
    if (id.length() > MAX_ID_LENGTH || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "rule id '"
              + id
              + "' must be lower-case words joined by hyphens, at most "
              + MAX_ID_LENGTH
              + " characters, such as 'package-age'");
    }
    if (summary.isBlank()) {
      throw new IllegalArgumentException("rule '" + id + "' needs a one-line summary");
    }
  }

  /**
   * {@return the declared parameter with this name, if any}
   *
   * @param name the name
   */
  public Optional<Parameter> parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * Reads and validates the {@link RuleDefinition} of a rule class.
   *
   * @throws IllegalArgumentException naming the class if the annotation is missing or invalid
   * @param ruleClass the rule's class, annotated with {@link RuleDefinition}
   * @return the rule's description
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
          definition.explanation(),
          Arrays.stream(definition.parameters())
              .map(
                  p ->
                      new Parameter(
                          p.name(),
                          p.type(),
                          p.summary(),
                          Optional.of(p.defaultValue()),
                          p.listRole(),
                          p.numberRole()))
              .toList());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "rule class " + ruleClass.getName() + ": " + e.getMessage(), e);
    }
  }
}
