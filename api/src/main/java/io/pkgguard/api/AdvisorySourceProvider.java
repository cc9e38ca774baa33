package io.pkgguard.api;

import org.apiguardian.api.API;

/**
 * Creates {@link AdvisorySource}s of one type (such as {@code osv-api} or {@code osv-offline}).
 * Discovered through {@link java.util.ServiceLoader}; the policy's {@code [advisories.<id>]}
 * tables name the type and give the URL, and the core calls {@link #create} once per configured
 * advisory source.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface AdvisorySourceProvider {

  /** {@return the type name used in policies, such as {@code osv-api}; unique among providers} */
  String type();

  /**
   * An advisory source for the given settings.
   *
   * @throws IllegalArgumentException if the settings cannot work for this type; the message
   *     names the problem
   * @param settings what the core hands the plugin: descriptor, transport, clock, options
   * @return an advisory source for the given settings
   */
  AdvisorySource create(AdvisorySettings settings);
}
