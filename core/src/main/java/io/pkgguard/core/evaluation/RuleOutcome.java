package io.pkgguard.core.evaluation;

import io.pkgguard.api.Finding;
import java.util.List;

/**
 * What one guarded rule call produced.
 *
 * @param ruleId the rule
 * @param findings its findings, or the core's finding about its failure
 * @param completed whether the rule ran to completion and returned a well-formed result
 */
record RuleOutcome(String ruleId, List<Finding> findings, boolean completed) {

  RuleOutcome {
    findings = List.copyOf(findings);
  }
}
