package io.pkgguard.core.policy;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The policy's {@code [plugins]}: directories whose jars (rules, sources, stores) a command-line
 * run loads, besides those named with {@code --plugins} or {@code PKGGUARD_PLUGINS}. A host that
 * embeds the guard loads its plugins itself.
 *
 * @param dirs the directories, as written (relative to the policy file's directory)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PluginSettings(List<String> dirs) {

  /**
   * Creates the value, checking its components.
   *
   * @param dirs the directories
   */
  public PluginSettings {
    dirs = List.copyOf(Objects.requireNonNull(dirs, "dirs"));
  }

  /** {@return no plugin directories} */
  public static PluginSettings none() {
    return new PluginSettings(List.of());
  }
}
