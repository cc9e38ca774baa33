package io.pkgguard.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Describes a {@link SecurityRule} class: its stable id, what it checks, its default level and its
 * category. Read (and validated) when the rule is loaded; {@code pkgguard rules}, {@code pkgguard
 * explain} and the rule documentation come from here.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@API(status = API.Status.STABLE, since = "0.1")
public @interface RuleDefinition {

  /**
   * The stable id used in policies, findings and suppressions: lower-case words joined by hyphens,
   * such as {@code package-age}. Never change it once published.
   *
   * @return the rule's stable id
   */
  String id();

  /** {@return one line saying what the rule checks} */
  String summary();

  /** {@return the most severe level the rule reports by default} */
  RiskLevel level();

  /** {@return the kind of concern the rule reports} */
  RiskCategory category();

  /** {@return when the rule runs; most rules need the metadata} */
  RuleStage stage() default RuleStage.METADATA;

  /** {@return a longer explanation for {@code pkgguard explain}: why it matters, what to do} */
  String explanation() default "";

  /** {@return the policy parameters the rule reads; a policy may set no others} */
  ParameterDefinition[] parameters() default {};
}
