package io.pkgguard.core.evaluation;

import io.pkgguard.api.Relaxation;
import io.pkgguard.core.policy.Policy;
import java.util.List;
import java.util.Objects;

/**
 * What every verdict of one guard is decided under: the effective policy (with the host's changes,
 * so its fingerprint tells configurations apart) and what that configuration relaxes.
 *
 * @param policy the effective policy
 * @param relaxations rules disabled or removed, ordered by rule id; possibly empty
 */
public record EvaluationTerms(Policy policy, List<Relaxation> relaxations) {

  public EvaluationTerms {
    Objects.requireNonNull(policy, "policy");
    relaxations = List.copyOf(Objects.requireNonNull(relaxations, "relaxations"));
  }

  /** A policy with nothing relaxed. */
  public static EvaluationTerms of(Policy policy) {
    return new EvaluationTerms(policy, List.of());
  }
}
