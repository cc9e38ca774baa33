package io.pkgguard.core.policy;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The policy's {@code [store]}: where approvals, the audit log and the emergency pause live.
 *
 * @param type the store type ({@code sqlite}, {@code postgresql}, a plugin's, or {@code none})
 * @param options every other key of the table, as text, for the store's provider
 * @param pauseCheck how long a host may rely on the pause state it last read from the store
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record StoreConfig(String type, Map<String, String> options, Duration pauseCheck) {

  /** The type that keeps nothing: no approvals, no audit log, no shared pause. */
  public static final String NONE = "none";

  /**
   * Creates the value, checking its components.
   *
   * @param type the store type
   * @param options the provider's options
   * @param pauseCheck how long a pause state read may be relied on
   */
  public StoreConfig {
    Objects.requireNonNull(type, "type");
    options = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(options));
    Objects.requireNonNull(pauseCheck, "pauseCheck");
  }

  /** {@return whether anything is kept} */
  public boolean enabled() {
    return !type.equals(NONE);
  }
}
