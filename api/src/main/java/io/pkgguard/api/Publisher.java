package io.pkgguard.api;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Who published a release, as its PEP 740 provenance attests: a Trusted Publisher such as a
 * GitHub repository's workflow. The attestation itself is the index's claim; pkgguard reports it,
 * it does not verify the signatures.
 *
 * @param kind the publisher kind, such as {@code GitHub} or {@code GitLab}
 * @param repository the repository that published, such as {@code pypa/sampleproject}
 * @param workflow the workflow (or pipeline) file, if given
 * @param environment the deployment environment, if given
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Publisher(
    String kind, String repository, Optional<String> workflow, Optional<String> environment) {

  /**
   * Creates the value, checking its components.
   *
   * @param kind the publisher kind, such as {@code GitHub} or {@code GitLab}
   * @param repository the repository that published, such as {@code pypa/sampleproject}
   * @param workflow the workflow (or pipeline) file, if given
   * @param environment the deployment environment, if given
   */
  public Publisher {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(workflow, "workflow");
    Objects.requireNonNull(environment, "environment");
  }
}
