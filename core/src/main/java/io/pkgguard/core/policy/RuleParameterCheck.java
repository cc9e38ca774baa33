package io.pkgguard.core.policy;

import io.pkgguard.api.ConfigurationException;
import io.pkgguard.api.ParameterDefinition;
import io.pkgguard.api.RuleDescriptor;
import io.pkgguard.api.RuleParameterException;
import io.pkgguard.api.RuleParameters;
import io.pkgguard.api.SecurityRule;
import io.pkgguard.api.TextFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Every installed rule's policy table may set only the parameters the rule declares, each of its
 * declared type; a parameter of type files is read here (paths relative to the policy file's
 * directory) so that rules get contents, never the file system. A mistake is a configuration
 * error naming the file, line and key.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class RuleParameterCheck {

  private RuleParameterCheck() {}

  /**
   * Checks the policy's rule tables against the installed rules.
   *
   * @param policy the policy
   * @param rules the installed rules; tables of rules not installed were refused or disabled
   *     before
   * @return the policy with the files of file parameters read in place of their paths
   * @throws ConfigurationException at the first undeclared key, wrong type or unreadable file
   */
  public static Policy check(Policy policy, List<RuleDescriptor> rules) {
    Map<String, RuleDescriptor> known = new TreeMap<>();
    rules.forEach(r -> known.put(r.id(), r));
    Policy checked = policy;
    for (Map.Entry<String, RuleSettings> entry : policy.rules().entrySet()) {
      String ruleId = entry.getKey();
      RuleDescriptor rule = known.get(ruleId);
      if (rule == null) {
        continue; // disabled or removed on purpose (RuleExpectations refused every other case)
      }
      RuleParameters parameters = entry.getValue().parameters(ruleId);
      for (String key : entry.getValue().values().keySet()) {
        String where = PolicyLoader.location(policy, List.of("rules", ruleId, key));
        RuleDescriptor.Parameter declared =
            rule.parameter(key)
                .orElseThrow(
                    () ->
                        new ConfigurationException(
                            where
                                + ": rules."
                                + ruleId
                                + "."
                                + key
                                + ": rule "
                                + ruleId
                                + " has no parameter '"
                                + key
                                + "'; it takes: "
                                + (rule.parameters().isEmpty()
                                    ? "none"
                                    : String.join(
                                        ", ",
                                        rule.parameters().stream()
                                            .map(RuleDescriptor.Parameter::name)
                                            .toList()))));
        try {
          if (declared.type() == ParameterDefinition.Type.FILES) {
            List<String> paths = parameters.texts(key, List.of());
            checked =
                checked.withRule(
                    ruleId,
                    readFiles(
                        checked,
                        checked.rule(ruleId),
                        key,
                        paths,
                        where + ": rules." + ruleId + "." + key));
          } else {
            declared.type().check(parameters, key);
          }
        } catch (RuleParameterException e) {
          throw new ConfigurationException(where + ": " + e.getMessage());
        }
      }
    }
    return checked;
  }

  /**
   * Has every installed, enabled rule check its own parameters ({@link
   * SecurityRule#checkParameters}), with the files of file parameters read: what only the rule
   * can know is wrong (an id naming none of its patterns) is refused when the guard is built,
   * not by rejecting every package judged later. A rule that fails otherwise, or does not finish
   * within one rule's time budget, is refused as well, naming it: a guard is never built around a
   * rule that cannot read its own policy.
   *
   * @param policy the policy, checked by {@link #check} and with defaults filled in
   * @param rules the installed rules by id
   * @throws ConfigurationException naming the rule's table and what the rule said
   */
  public static void byRules(Policy policy, Map<String, SecurityRule> rules) {
    for (Map.Entry<String, SecurityRule> entry : rules.entrySet()) {
      String ruleId = entry.getKey();
      RuleSettings settings = policy.rule(ruleId);
      if (!settings.enabled()) {
        continue;
      }
      Throwable thrown = checkWithin(entry.getValue(), settings.parameters(ruleId), policy, ruleId);
      if (thrown instanceof RuleParameterException e) {
        throw new ConfigurationException(ruleTable(policy, ruleId) + ": " + e.getMessage());
      }
      if (thrown instanceof VirtualMachineError e && !(e instanceof StackOverflowError)) {
        throw e; // out of memory or broken: nothing this guard can still report on
      }
      if (thrown != null) {
        throw failedCheck(policy, ruleId, thrown);
      }
    }
  }

  /**
   * Runs the rule's check on a thread of its own, within one rule's time budget ({@code [limits]
   * rule-timeout-ms}), as the guard runs its evaluations: a check that never returns stops the
   * build, named, instead of hanging it.
   *
   * @return what the check threw, or null if it returned
   */
  private static Throwable checkWithin(
      SecurityRule rule, RuleParameters parameters, Policy policy, String ruleId) {
    Throwable[] thrown = new Throwable[1];
    Thread check =
        new Thread(
            () -> {
              try {
                rule.checkParameters(parameters);
              } catch (Throwable e) {
                thrown[0] = e;
              }
            },
            "pkgguard-check-" + ruleId);
    check.setDaemon(true);
    check.start();
    // join(0) would wait for ever: a budget under a millisecond still ends
    long budget = Math.max(1, policy.limits().ruleTimeout().toMillis());
    try {
      check.join(budget);
    } catch (InterruptedException e) {
      check.interrupt();
      Thread.currentThread().interrupt();
      throw new ConfigurationException(
          ruleTable(policy, ruleId)
              + ": interrupted while rule "
              + ruleId
              + " checked its parameters");
    }
    if (check.isAlive()) {
      check.interrupt();
      throw new ConfigurationException(
          ruleTable(policy, ruleId)
              + ": rule "
              + ruleId
              + " did not finish checking its parameters within "
              + budget
              + " ms ([limits] rule-timeout-ms): raise that budget if it is this small, or fix or"
              + " remove the rule's jar, or disable the rule");
    }
    return thrown[0];
  }

  private static ConfigurationException failedCheck(Policy policy, String ruleId, Throwable e) {
    return new ConfigurationException(
        ruleTable(policy, ruleId)
            + ": rule "
            + ruleId
            + " failed while checking its parameters ("
            + e
            + "); fix or remove the rule's jar, or disable the rule");
  }

  /** Where the rule's table is: the policy file and its line, or the policy's origin alone. */
  private static String ruleTable(Policy policy, String ruleId) {
    return PolicyLoader.location(policy, List.of("rules", ruleId));
  }

  /** The policy file's directory; the working directory for a policy not read from a file. */
  private static Path policyDirectory(Policy policy) {
    try {
      Path policyFile = Path.of(policy.origin()).toAbsolutePath();
      if (Files.isRegularFile(policyFile) && policyFile.getParent() != null) {
        return policyFile.getParent();
      }
    } catch (java.nio.file.InvalidPathException e) {
      // Not a file name: the built-in policy, or text given without a file.
    }
    return Path.of("").toAbsolutePath();
  }

  /** The files of a file parameter read, in place of their paths. */
  private static RuleSettings readFiles(
      Policy policy, RuleSettings settings, String key, List<String> paths, String where) {
    Path base = policyDirectory(policy);
    List<TextFile> files = new ArrayList<>();
    for (String path : paths) {
      files.add(PolicyFiles.read(base.resolve(path).normalize(), where));
    }
    Map<String, Object> values = new LinkedHashMap<>(settings.values());
    values.put(key, List.copyOf(files));
    return new RuleSettings(settings.enabled(), values);
  }
}
