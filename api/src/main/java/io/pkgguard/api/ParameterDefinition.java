package io.pkgguard.api;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Declares one policy parameter of a rule, inside {@link RuleDefinition#parameters()}. The core
 * checks every {@code [rules.<id>]} key of a policy against these declarations when a guard is
 * built: an undeclared key (a typo) or a value of the wrong type is a configuration error, never
 * silently ignored.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
@API(status = API.Status.STABLE, since = "0.1")
public @interface ParameterDefinition {

  /** {@return the key in the rule's policy table, kebab-case} */
  String name();

  /** {@return the value's type} */
  Type type();

  /** {@return one line saying what it does} */
  String summary();

  /**
   * The value the rule uses when the policy sets none, written as in the policy file (TOML):
   * {@code "7"}, {@code "\"medium\""}, {@code "[\"a\", \"b\"]"}. The built-in policy and the
   * rule's documentation are generated from it, and a guard fills it in for a policy that leaves
   * the key out; the guard refuses a rule whose default is not of the parameter's type.
   *
   * @return the default as TOML; empty if the parameter has none
   */
  String defaultValue() default "";

  /**
   * What the entries of a {@link Type#TEXTS} list do, so that a guard can tell when a policy
   * weakens the rule through the list. A policy may exempt more or check for less than the rule's
   * default — a site knows its own packages — but never silently: a guard lists each entry an
   * {@link ListRole#EXEMPTS} list gains and each default entry a {@link ListRole#CHECKS} list
   * loses in every verdict ({@link Relaxation.Kind#EXEMPTION_ADDED}, {@link
   * Relaxation.Kind#CHECK_REMOVED}), as it lists a disabled rule. A rule refuses to load if a
   * parameter of another type declares a role other than {@link ListRole#NEUTRAL}.
   *
   * @return the role of the list's entries; {@link ListRole#NEUTRAL} if they add to what is
   *     checked, only configure, or the parameter is no list
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  ListRole listRole() default ListRole.NEUTRAL;

  /**
   * Which way a {@link Type#NUMBER} moved from its default makes the rule check less, so that a
   * guard can tell when a policy weakens the rule through a threshold: fewer names protected,
   * younger projects passed, longer names accepted. As with lists, a policy may do so, but a guard
   * lists each such number in every verdict ({@link Relaxation.Kind#LIMIT_RELAXED}). A rule
   * refuses to load if a parameter that is no number, or one without a default to compare with,
   * declares a role other than {@link NumberRole#NEUTRAL}.
   *
   * @return the direction that weakens the rule; {@link NumberRole#NEUTRAL} if neither does, or
   *     the parameter is no number
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  NumberRole numberRole() default NumberRole.NEUTRAL;

  /** What each entry of a list parameter does to the rule's checks. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  enum ListRole {
    /**
     * Entries add to what is checked, or only configure it: no change of the list weakens the
     * rule (pinned publishers, more throwaway e-mail domains, names to protect).
     */
    NEUTRAL,
    /**
     * Each entry exempts something from a check (an allow-list, check ids switched off, advisories
     * ignored): an entry the rule's default does not have weakens the policy.
     */
    EXEMPTS,
    /**
     * Each entry is something the rule looks for (a deny-list, words that reject): an entry of the
     * rule's default that the policy leaves out weakens it.
     */
    CHECKS
  }

  /** Which way a number parameter weakens the rule's checks. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  enum NumberRole {
    /** The number only configures: no value checks less than another. */
    NEUTRAL,
    /**
     * A value below the default checks less (a rank up to which names are protected, an age below
     * which projects are flagged).
     */
    LOWER_WEAKENS,
    /**
     * A value above the default checks less (a length beyond which names are flagged, a count of
     * gaps needed before they are reported together).
     */
    HIGHER_WEAKENS
  }

  /** Parameter value types, as {@link RuleParameters} reads them. */
  enum Type {
    /** {@code true} or {@code false}: {@link RuleParameters#flag}. */
    FLAG,
    /** A whole number: {@link RuleParameters#number}. */
    NUMBER,
    /** A string: {@link RuleParameters#text}. */
    TEXT,
    /** A list of strings: {@link RuleParameters#texts}. */
    TEXTS,
    /**
     * A list of text files, named by path in the policy: {@link RuleParameters#files}. The core
     * resolves relative paths against the directory of the policy file and reads the files when
     * the guard is built; a missing or unreadable file is a configuration error.
     */
    FILES,
    /** A risk level name: {@link RuleParameters#level}. */
    LEVEL;

    /**
     * Reads {@code key} as this type, so that a wrong value throws.
     *
     * @throws RuleParameterException if the configured value is not of this type
     * @param parameters the parameters to check
     * @param key the name of the setting
     */
    public void check(RuleParameters parameters, String key) {
      switch (this) {
        case FLAG -> parameters.flag(key, false);
        case NUMBER -> parameters.number(key, 0);
        case TEXT -> parameters.text(key, "");
        case TEXTS -> parameters.texts(key, java.util.List.of());
        case FILES -> parameters.files(key);
        case LEVEL -> parameters.level(key, RiskLevel.NONE);
        default -> throw new IllegalStateException("unhandled type " + this);
      }
    }
  }
}
