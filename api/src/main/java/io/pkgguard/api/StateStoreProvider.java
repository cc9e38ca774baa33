package io.pkgguard.api;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Opens stores of one type (the policy's {@code [store] type}); found through {@link
 * java.util.ServiceLoader}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface StateStoreProvider {

  /** {@return the type name used in policies, such as {@code sqlite} or {@code postgresql}} */
  String type();

  /**
   * Opens (and, if needed, creates or migrates) a store.
   *
   * @param settings where and how
   * @return the store
   * @throws StoreException if it cannot be opened, saying why and how to fix it
   */
  StateStore open(Settings settings) throws StoreException;

  /**
   * What the core hands a provider.
   *
   * @param home the directory for local state ({@code $PKGGUARD_HOME}, else {@code ~/.pkgguard})
   * @param options the policy's {@code [store]} keys, as text
   * @param environment the process environment, for credentials the policy names by variable
   * @param clock the clock
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record Settings(
      Path home, Map<String, String> options, Map<String, String> environment, Clock clock) {

    /**
     * Creates the value, checking its components.
     *
     * @param home the directory for local state
     * @param options the policy's store keys
     * @param environment the process environment
     * @param clock the clock
     */
    public Settings {
      Objects.requireNonNull(home, "home");
      options = Map.copyOf(options);
      environment = Map.copyOf(environment);
      Objects.requireNonNull(clock, "clock");
    }
  }
}
