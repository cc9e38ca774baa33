package io.pkgguard.api;

import org.apiguardian.api.API;

/**
 * A rule asked for a policy parameter whose configured value has the wrong type or range. The core
 * reports it as a rejecting finding that names the key and what was expected.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RuleParameterException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** @param message names the rule, the key, what was expected and what was found */
  public RuleParameterException(String message) {
    super(message);
  }
}
