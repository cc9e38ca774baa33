package io.pkgguard.api;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An earlier release and the trusted publisher its PEP 740 provenance names, to compare with the
 * release being judged: the same project publishing from another repository or workflow is how
 * a stolen account looks.
 *
 * @param version the earlier release
 * @param publisher who published it
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AttestedRelease(String version, Publisher publisher) {

  /**
   * Creates the value, checking its components.
   *
   * @param version the earlier release
   * @param publisher who published it
   */
  public AttestedRelease {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(publisher, "publisher");
  }
}
