package io.pkgguard.api;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What the core hands an {@link AdvisorySourceProvider} when it creates an advisory source.
 *
 * @param descriptor the advisory source's id, URL and trusted hosts (its ecosystem is {@code *}:
 *     an advisory database serves every ecosystem it knows)
 * @param transport the only way the source may reach the network or local files; already
 *     restricted to the trusted hosts
 * @param clock the clock to use
 * @param options further string options from the policy's table; unmodifiable
 * @param ecosystems the installed ecosystems by id, whose name and version schemes the source
 *     uses to match packages and versions; unmodifiable
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AdvisorySettings(
    SourceDescriptor descriptor,
    HttpTransport transport,
    Clock clock,
    Map<String, String> options,
    Map<String, Ecosystem> ecosystems)
    implements ProviderOptions {

  /**
   * Creates the value, checking its components.
   *
   * @param descriptor the advisory source's id, URL and trusted hosts (its ecosystem is {@code *}:
   *     an advisory database serves every ecosystem it knows)
   * @param transport the only way the source may reach the network or local files; already
   *     restricted to the trusted hosts
   * @param clock the clock to use
   * @param options further string options from the policy's table; unmodifiable
   * @param ecosystems the installed ecosystems by id, whose name and version schemes the source
   *     uses to match packages and versions; unmodifiable
   */
  public AdvisorySettings {
    Objects.requireNonNull(descriptor, "descriptor");
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(clock, "clock");
    options = Map.copyOf(Objects.requireNonNull(options, "options"));
    ecosystems = Map.copyOf(Objects.requireNonNull(ecosystems, "ecosystems"));
  }

  @Override
  public Optional<String> option(String key) {
    return Optional.ofNullable(options.get(key));
  }
}
