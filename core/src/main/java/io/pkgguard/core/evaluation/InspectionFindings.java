package io.pkgguard.core.evaluation;

import io.pkgguard.api.Evidence;
import io.pkgguard.api.Finding;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.TargetEnvironment;
import io.pkgguard.core.inspection.InspectionException;

/** The core's findings about fetching the files it judges, under the reserved id {@code download}. */
final class InspectionFindings {

  private InspectionFindings() {}

  /** The release's files could not be fetched or are not what the index declared. */
  static Finding failed(InspectionException e) {
    RiskCategory category =
        e.reason() == InspectionException.Reason.DIGEST_MISMATCH
            ? RiskCategory.SOURCE
            : RiskCategory.CONTENT;
    String remediation =
        switch (e.reason()) {
          case DIGEST_MISMATCH ->
              "do not install it: the file changed after the index published"
                  + " its digest, or something between you and the index altered it; report it to"
                  + " the index's administrators";
          case TOO_LARGE ->
              "an administrator may raise [inspection] max-file-bytes or"
                  + " max-evaluation-bytes in the policy";
          case NOT_FOUND ->
              "for a local mirror, sync the file into it; otherwise the index lists a"
                  + " file it does not serve — try again later";
          case NO_FILE -> "choose another version, or another target environment (--target)";
          case FETCH_FAILED ->
              "nothing is allowed whose files could not be inspected; try again" + " later";
          case UNREADABLE ->
              "nothing is allowed whose files could not be inspected; give pkgguard"
                  + " the decompressors it depends on (its installation is incomplete)";
        };
    return Finding.of(CoreFindings.DOWNLOAD, RiskLevel.CRITICAL, category, e.getMessage())
        .withEvidence(Evidence.of("reason", e.reason().name(), "file", e.filename()))
        .withRemediation(remediation);
  }

  /** No file of the release installs on the target. */
  static Finding nothingToInstall(String release, TargetEnvironment target) {
    return Finding.of(
            CoreFindings.DOWNLOAD,
            RiskLevel.CRITICAL,
            RiskCategory.CONTENT,
            "no file of "
                + release
                + " installs on the target ("
                + target.marker("sys_platform").orElse("?")
                + ", Python "
                + target.marker("python_version").orElse("?")
                + "), so none could be inspected")
        .withRemediation(
            "choose a version with a wheel or sdist for this target, or set the"
                + " target with --target");
  }

  /** The index declared no digest for a file: what was judged cannot be tied to it. */
  static Finding undeclaredDigest(String filename) {
    return Finding.of(
            CoreFindings.DOWNLOAD,
            RiskLevel.HIGH,
            RiskCategory.SOURCE,
            "the index declares no SHA-256 for "
                + filename
                + ": the bytes judged cannot be"
                + " tied to what the index published, and an installer cannot pin them")
        .withEvidence("file", filename)
        .withRemediation(
            "use an index that publishes digests (PEP 503 #sha256= fragments, the"
                + " JSON API's digests)");
  }
}
