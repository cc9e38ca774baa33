package io.pkgguard.core.evaluation;

import java.time.Instant;

/**
 * Threads of one rule that the runner could not reclaim (the core's facade reports them as {@code
 * StuckRule}).
 *
 * @param ruleId the rule
 * @param threads how many of its calls were still running
 * @param since when the rule was found stuck (when the report was taken, if it never was)
 */
public record RuleThreads(String ruleId, int threads, Instant since) {}
