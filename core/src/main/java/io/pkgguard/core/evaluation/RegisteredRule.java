package io.pkgguard.core.evaluation;

import io.pkgguard.api.RuleDescriptor;
import io.pkgguard.api.SecurityRule;
import java.util.Objects;

/**
 * A rule with its descriptor, read and validated once when the guard is built.
 *
 * @param rule the rule
 * @param descriptor its validated description
 */
public record RegisteredRule(SecurityRule rule, RuleDescriptor descriptor) {

  public RegisteredRule {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(descriptor, "descriptor");
  }

  /** The rule's id. */
  public String id() {
    return descriptor.id();
  }
}
