package io.pkgguard.api;

import java.util.List;
import org.apiguardian.api.API;

/**
 * One check of the security guidelines. Implementations are discovered through {@link
 * java.util.ServiceLoader} (or registered by hand) and must carry a {@link RuleDefinition}.
 *
 * <p>What the core guarantees a rule: {@link #evaluate} is called once per package evaluation,
 * possibly from several threads at once for different packages; the context holds everything the
 * rule may use. What the core expects: the rule is a pure function of its context — no network or
 * file I/O, no static mutable state, no system properties, no clock but {@link
 * RuleContext#clock()}.
 * It returns its findings (an empty list means "nothing found"), never {@code null}.
 *
 * <p>The core guards every call: an exception, a {@code null} result or an overrun of the time
 * budget is turned into a finding that rejects the package, so a faulty rule can only make
 * verdicts stricter. Rule ids must be unique; built-in ids are reserved.
 *
 * <p>This interface has one abstract method; anything added later will be a default method.
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface SecurityRule {

  /**
   * Checks one package.
   *
   * @param context the request, the metadata (for {@link RuleStage#METADATA} rules), the rule's
   *     parameters and the clock
   * @return the findings, possibly empty, never null
   */
  List<Finding> evaluate(RuleContext context);

  /**
   * Checks the parameters the policy gives this rule, once, when a guard is built, so that a value
   * the rule cannot use is refused there, naming the fix, rather than rejecting every package
   * judged later. The core has already checked each value against its declared type (and read
   * the files of a files parameter); this is for what only the rule knows, such as an id that
   * names nothing it has. The default accepts everything.
   *
   * @param parameters the rule's parameters, as {@link RuleContext#parameters()} will give them
   * @throws RuleParameterException for a value the rule cannot use: the guard is not built, and
   *     the message, prefixed with where the rule's table is, is the error shown
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  default void checkParameters(RuleParameters parameters) {}

  /** {@return the rule's description, read from its {@link RuleDefinition}} */
  default RuleDescriptor descriptor() {
    return RuleDescriptor.of(getClass());
  }

  /**
   * A finding of this rule with its id and category, at {@code level}.
   *
   * @param level how severe
   * @param message one line, for people
   * @return the finding
   */
  default Finding finding(RiskLevel level, String message) {
    RuleDescriptor d = descriptor();
    return Finding.of(d.id(), level, d.category(), message);
  }
}
