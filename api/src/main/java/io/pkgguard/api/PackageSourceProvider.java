package io.pkgguard.api;

import org.apiguardian.api.API;

/**
 * Creates {@link PackageSource}s of one type (such as {@code pypi-json}). Discovered through
 * {@link java.util.ServiceLoader}; the policy's {@code [sources.<id>]} tables name the type and
 * give the index URL and trusted hosts, and the core calls {@link #create} once per configured
 * source.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface PackageSourceProvider {

  /** {@return the type name used in policies, such as {@code pypi-json}; unique among providers} */
  String type();

  /** {@return the ecosystem id the sources of this type serve} */
  String ecosystem();

  /**
   * A source for the given settings.
   *
   * @throws IllegalArgumentException if the settings cannot work for this type (for example an
   *     index URL with an unsupported scheme); the message names the problem
   * @param settings what the core hands the plugin: descriptor, transport, clock, options
   * @return a source for the given settings
   */
  PackageSource create(SourceSettings settings);
}
