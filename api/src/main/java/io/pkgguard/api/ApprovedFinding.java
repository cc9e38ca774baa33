package io.pkgguard.api;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One finding an approval covers. An approval never covers a finding it does not list: a new
 * finding needs a new approval.
 *
 * @param ruleId the rule that reported it
 * @param level its level when it was approved
 * @param key the finding's stable key (see {@link Finding#key()}): the same finding reported
 *     again has the same key; a different one has another
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ApprovedFinding(String ruleId, RiskLevel level, String key) {

  /**
   * Creates the value, checking its components.
   *
   * @param ruleId the rule that reported it
   * @param level its level when it was approved
   * @param key the finding's stable key
   */
  public ApprovedFinding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(key, "key");
  }

  /**
   * {@return what an approval of {@code finding} records}
   *
   * @param finding the finding approved
   */
  public static ApprovedFinding of(Finding finding) {
    return new ApprovedFinding(finding.ruleId(), finding.level(), finding.key());
  }
}
