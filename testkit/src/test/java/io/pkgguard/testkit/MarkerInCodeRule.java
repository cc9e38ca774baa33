package io.pkgguard.testkit;

import io.pkgguard.api.ArchiveEntry;
import io.pkgguard.api.Finding;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDefinition;
import io.pkgguard.api.RuleStage;
import io.pkgguard.api.SecurityRule;
import java.util.ArrayList;
import java.util.List;

/** A content rule for the kit's own tests: a Python file that says EVIL-MARKER. */
@RuleDefinition(
    id = "marker-in-code",
    summary = "A marker in the code",
    level = RiskLevel.HIGH,
    category = RiskCategory.CONTENT,
    stage = RuleStage.CONTENT)
public final class MarkerInCodeRule implements SecurityRule {

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (InspectedDistribution file : context.distributions()) {
      for (ArchiveEntry entry : file.entries()) {
        if (entry.path().endsWith(".py")
            && entry.text().filter(t -> t.contains("EVIL-MARKER")).isPresent()) {
          findings.add(
              finding(
                  RiskLevel.HIGH,
                  entry.path() + " in " + file.file().filename() + " carries the marker"));
        }
      }
    }
    return findings;
  }
}
