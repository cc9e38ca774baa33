package io.pkgguard.core.evaluation;

import io.pkgguard.api.EvaluationProgress;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells a host's progress listener what happens; whatever the listener throws is ignored. */
final class ProgressReport {

  private static final Logger LOG = LoggerFactory.getLogger(ProgressReport.class);

  private final EvaluationProgress listener;

  ProgressReport(EvaluationProgress listener) {
    this.listener = listener;
  }

  void started(PackageRequest request) {
    tell(() -> listener.started(request));
  }

  void resolved(PackageId id, String version) {
    tell(() -> listener.resolved(id, version));
  }

  void downloaded(String filename, long bytes) {
    tell(() -> listener.downloaded(filename, bytes));
  }

  void finished(Verdict verdict) {
    tell(() -> listener.finished(verdict));
  }

  private static void tell(Runnable call) {
    try {
      call.run();
    } catch (Throwable e) {
      FatalErrors.rethrowIfFatal(e);
      LOG.debug("the progress listener threw; ignored", e);
    }
  }
}
