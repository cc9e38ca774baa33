package io.pkgguard.core;

import io.pkgguard.api.ConfigurationException;
import io.pkgguard.api.StateStore;
import io.pkgguard.api.StateStoreProvider;
import io.pkgguard.core.administration.SharedState;
import io.pkgguard.core.evaluation.PluginArtifacts;
import io.pkgguard.core.policy.Policy;
import io.pkgguard.core.policy.PolicyLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where approvals, the audit log and the pause switch live: the store the host gave, else the
 * one the policy names (opened on first use), else none when the policy says so. A store type
 * no installed plugin provides is a configuration error naming the artifact.
 */
final class StoreAssembly {

  private StoreAssembly() {}

  /** The store, not opened yet. */
  static SharedState of(
      Policy policy,
      Optional<StateStore> given,
      List<StateStoreProvider> discovered,
      Optional<Path> home,
      Map<String, String> environment,
      Clock clock) {
    Duration pauseCheck = policy.store().pauseCheck();
    if (given.isPresent()) {
      return SharedState.of(given.get(), pauseCheck, clock);
    }
    if (!policy.store().enabled()) {
      return SharedState.none();
    }
    String type = policy.store().type();
    StateStoreProvider provider =
        discovered.stream()
            .filter(p -> p.type().equals(type))
            .findFirst()
            .orElseThrow(
                () ->
                    new ConfigurationException(
                        PolicyLoader.location(policy, List.of("store", "type"))
                            + ": [store] type '"
                            + type
                            + "' is provided by no"
                            + " installed plugin: "
                            + PluginArtifacts.advice(
                                PluginArtifacts.ofStoreType(type), "the store type '" + type + "'")
                            + ", or set [store] type = \"none\" to keep"
                            + " nothing (no approvals, no audit log, no shared pause)"));
    StateStoreProvider.Settings settings =
        new StateStoreProvider.Settings(
            home.orElseGet(() -> defaultHome(environment)),
            policy.store().options(),
            environment,
            clock);
    return SharedState.opening(() -> provider.open(settings), pauseCheck, clock);
  }

  /** {@code pkgguard.home}, else {@code $PKGGUARD_HOME}, else {@code ~/.pkgguard}. */
  static Path defaultHome(Map<String, String> environment) {
    String property = System.getProperty("pkgguard.home");
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    String variable = environment.get("PKGGUARD_HOME");
    if (variable != null && !variable.isBlank()) {
      return Path.of(variable);
    }
    return Path.of(System.getProperty("user.home"), ".pkgguard");
  }
}
