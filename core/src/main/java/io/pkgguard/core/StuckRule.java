package io.pkgguard.core;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A rule whose calls ran past their time budget and did not stop when interrupted. Its threads
 * cannot be reclaimed, so the guard does not call it again: every evaluation that needs it is
 * rejected ("rule X is stuck") until the host builds a new guard (or restarts).
 *
 * @param ruleId the rule
 * @param threads how many of its calls were still running when this was taken
 * @param since when the guard first found it stuck
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record StuckRule(String ruleId, int threads, Instant since) {

  public StuckRule {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(since, "since");
  }
}
