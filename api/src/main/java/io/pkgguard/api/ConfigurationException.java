package io.pkgguard.api;

import org.apiguardian.api.API;

/**
 * pkgguard is misconfigured: an invalid policy file, duplicate or reserved rule ids, a source
 * type nobody provides. Thrown when a guard or policy is built, never during an evaluation (what
 * rules find is data, not exceptions). The message names the file, line and key, or the rule or
 * source, and what was expected.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ConfigurationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** @param message what is wrong, where, and what was expected */
  public ConfigurationException(String message) {
    super(message);
  }

  /**
   * @param message what is wrong, where, and what was expected
   * @param cause the underlying failure
   */
  public ConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
