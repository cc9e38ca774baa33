package io.pkgguard.api;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What the core hands a {@link PackageSourceProvider} when it creates a source.
 *
 * @param descriptor the source's id, index URL and trusted hosts
 * @param transport the only way the source may reach the network or files; already restricted to
 *     the trusted hosts
 * @param clock the clock to use
 * @param options further string options from the policy's source table; unmodifiable
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SourceSettings(
    SourceDescriptor descriptor, HttpTransport transport, Clock clock, Map<String, String> options)
    implements ProviderOptions {

  /**
   * Creates the value, checking its components.
   *
   * @param descriptor the source's id, index URL and trusted hosts
   * @param transport the only way the source may reach the network or files; already restricted to
   *     the trusted hosts
   * @param clock the clock to use
   * @param options further string options from the policy's source table; unmodifiable
   */
  public SourceSettings {
    Objects.requireNonNull(descriptor, "descriptor");
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(clock, "clock");
    options = Map.copyOf(Objects.requireNonNull(options, "options"));
  }

  @Override
  public Optional<String> option(String key) {
    return Optional.ofNullable(options.get(key));
  }
}
