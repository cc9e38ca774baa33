package io.pkgguard.core;

import io.pkgguard.api.ConfigurationException;
import io.pkgguard.api.RuleDescriptor;
import io.pkgguard.api.SecurityRule;
import io.pkgguard.core.evaluation.CoreFindings;
import io.pkgguard.core.evaluation.RegisteredRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The plugins a guard is built with: those discovered, less those the host removed, plus those
 * it added; each rule described and checked (no reserved id, no id twice), each other plugin by
 * its key (two discovered plugins with one key are an error).
 */
final class PluginRegistry {

  private PluginRegistry() {}

  /** The rules by id: discovered less removed, plus added. */
  static List<RegisteredRule> rules(
      List<SecurityRule> discovered, Set<String> removed, List<SecurityRule> added) {
    Map<String, RegisteredRule> byId = new TreeMap<>();
    List<SecurityRule> all = new ArrayList<>(discovered);
    all.removeIf(rule -> removed.contains(describe(rule).id()));
    all.addAll(added);
    for (SecurityRule rule : all) {
      RuleDescriptor descriptor = describe(rule);
      if (CoreFindings.RESERVED_IDS.contains(descriptor.id())) {
        throw new ConfigurationException(
            "rule "
                + rule.getClass().getName()
                + " uses the id '"
                + descriptor.id()
                + "', which is reserved for the core's own findings");
      }
      RegisteredRule previous = byId.put(descriptor.id(), new RegisteredRule(rule, descriptor));
      if (previous != null) {
        throw new ConfigurationException(
            "two rules share the id '"
                + descriptor.id()
                + "': "
                + previous.rule().getClass().getName()
                + " and "
                + rule.getClass().getName()
                + "; remove one with removeRule(\""
                + descriptor.id()
                + "\") to replace it");
      }
    }
    return List.copyOf(byId.values());
  }

  /** A rule's descriptor; an invalid one is a configuration error naming the class. */
  static RuleDescriptor describe(SecurityRule rule) {
    try {
      return Objects.requireNonNull(
          rule.descriptor(), () -> rule.getClass().getName() + " returned a null descriptor");
    } catch (RuntimeException e) {
      throw new ConfigurationException(
          "invalid rule " + rule.getClass().getName() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Plugins by key: two discovered plugins with one key are an error (which one would win is
   * an accident of the class path); one the host added replaces a discovered one.
   */
  static <T> Map<String, T> register(
      List<T> discovered, List<T> added, Function<T, String> key, String what) {
    Map<String, T> byKey = new TreeMap<>();
    for (T plugin : discovered) {
      T previous = byKey.putIfAbsent(key.apply(plugin), plugin);
      if (previous != null && previous.getClass() != plugin.getClass()) {
        throw new ConfigurationException(
            "two plugins provide the "
                + what
                + " '"
                + key.apply(plugin)
                + "': "
                + previous.getClass().getName()
                + " and "
                + plugin.getClass().getName()
                + "; remove one jar, or add the one to use by hand");
      }
    }
    for (T plugin : added) {
      byKey.put(key.apply(plugin), plugin);
    }
    return byKey;
  }
}
