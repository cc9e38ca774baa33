package io.pkgguard.core.evaluation;

import io.pkgguard.api.Finding;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDescriptor;
import io.pkgguard.api.RuleParameterException;
import io.pkgguard.api.SecurityRule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls plugin rules so that nothing they do can loosen a verdict: each call runs on its own
 * thread with a time budget; an exception (other than a {@link VirtualMachineError}), a {@code
 * null} result, a {@code null} finding or a finding under another rule's id becomes a rejecting
 * finding. Thread-safe.
 */
final class GuardedRuleRunner {

  private static final Logger LOG = LoggerFactory.getLogger(GuardedRuleRunner.class);

  private final ExecutorService executor;
  private final Duration budget;

  GuardedRuleRunner(ExecutorService executor, Duration budget) {
    this.executor = executor;
    this.budget = budget;
  }

  /** Starts a rule call; collect it with {@link #await}. */
  Future<List<Finding>> start(SecurityRule rule, RuleContext context) {
    return executor.submit(() -> rule.evaluate(context));
  }

  /**
   * Runs a rule in the calling thread, without a time budget: for cheap rules over many inputs
   * (name screening), where a task per call would cost more than the rule. Exceptions and
   * malformed results become the same findings as in {@link #await}.
   */
  RuleOutcome runInline(RuleDescriptor descriptor, SecurityRule rule, RuleContext context) {
    String id = descriptor.id();
    try {
      return validate(id, rule.evaluate(context));
    } catch (RuleParameterException e) {
      return failed(id, CoreFindings.ruleFailed(id, "bad policy parameter, " + e.getMessage()));
    } catch (RuntimeException e) {
      LOG.debug("rule {} threw", id, e);
      return failed(id, CoreFindings.ruleFailed(id, "it threw " + describe(e)));
    }
  }

  /** The deadline ({@link System#nanoTime()}) of calls started now. */
  long deadlineForCallsStartedNow() {
    return System.nanoTime() + budget.toNanos();
  }

  /** Waits for a started call until {@code deadlineNanos} (see {@link #deadlineForCallsStartedNow}). */
  RuleOutcome await(RuleDescriptor descriptor, Future<List<Finding>> call, long deadlineNanos) {
    String id = descriptor.id();
    List<Finding> result;
    try {
      long wait = Math.max(0, deadlineNanos - System.nanoTime());
      result = call.get(wait, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      call.cancel(true);
      LOG.warn("rule {} exceeded its {} ms budget", id, budget.toMillis());
      return failed(id, CoreFindings.ruleTimedOut(id, budget));
    } catch (InterruptedException e) {
      call.cancel(true);
      Thread.currentThread().interrupt();
      return failed(id, CoreFindings.ruleFailed(id, "the evaluation was interrupted"));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof VirtualMachineError error) {
        throw error;
      }
      if (cause instanceof RuleParameterException parameter) {
        return failed(id, CoreFindings.ruleFailed(id, "bad policy parameter, "
            + parameter.getMessage()));
      }
      LOG.debug("rule {} threw", id, cause);
      return failed(id, CoreFindings.ruleFailed(id, "it threw " + describe(cause)));
    }
    return validate(id, result);
  }

  private static RuleOutcome validate(String id, List<Finding> result) {
    if (result == null) {
      return failed(id, CoreFindings.ruleFailed(id, "it returned null instead of a list"));
    }
    List<Finding> findings = new ArrayList<>(result.size());
    for (Finding finding : result) {
      if (finding == null) {
        return failed(id, CoreFindings.ruleFailed(id, "it returned a null finding"));
      }
      if (!finding.ruleId().equals(id)) {
        return failed(id, CoreFindings.ruleFailed(id,
            "it reported a finding under another rule's id '" + finding.ruleId() + "'"));
      }
      findings.add(finding);
    }
    return new RuleOutcome(id, findings, true);
  }

  private static RuleOutcome failed(String id, Finding finding) {
    return new RuleOutcome(id, List.of(finding), false);
  }

  private static String describe(Throwable t) {
    String message = t.getMessage();
    return t.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
