package io.pkgguard.core.policy;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A complete, validated policy. Immutable and thread-safe; derive changed copies with the {@code
 * with...} methods (each gets a new fingerprint).
 *
 * @param decisions level → decision
 * @param limits resource limits
 * @param dependencies how far dependencies are followed
 * @param inspection how distribution files are fetched and read
 * @param pause the emergency pause
 * @param deny packages always rejected, as {@code ecosystem:name}
 * @param sources configured sources by id, in the order the policy lists them (the first enabled
 *     source of an ecosystem is its default)
 * @param advisories configured advisory databases by id ({@code [advisories.<id>]}), in policy
 *     order; every enabled one is consulted for every package
 * @param rules rule settings by rule id; a rule not listed runs with its defaults
 * @param store where approvals, the audit log and the shared pause live
 * @param approvals who may approve what, for how long
 * @param install what an installer may do
 * @param plugins where plugin jars are loaded from
 * @param origin where the policy came from (a file path, or {@code built-in}), for messages
 * @param fingerprint identifies the policy's content; recorded in every verdict
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Policy(
    DecisionMapping decisions,
    Limits limits,
    DependencyLimits dependencies,
    InspectionSettings inspection,
    Pause pause,
    List<String> deny,
    Map<String, SourceConfig> sources,
    Map<String, SourceConfig> advisories,
    Map<String, RuleSettings> rules,
    StoreConfig store,
    ApprovalSettings approvals,
    InstallSettings install,
    PluginSettings plugins,
    String origin,
    String fingerprint) {

  /**
   * Not for hosts: a policy gains sections as pkgguard grows, and each changes this constructor.
   * Start from {@link #defaults()}, {@link PolicyLoader#load} or {@link PolicyLoader#parse} and
   * derive with the {@code with...} methods.
   */
  @API(status = API.Status.INTERNAL, since = "0.1")
  public Policy {
    Objects.requireNonNull(decisions, "decisions");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(dependencies, "dependencies");
    Objects.requireNonNull(inspection, "inspection");
    Objects.requireNonNull(pause, "pause");
    deny = List.copyOf(Objects.requireNonNull(deny, "deny"));
    sources =
        java.util.Collections.unmodifiableMap(
            new LinkedHashMap<>(Objects.requireNonNull(sources, "sources")));
    advisories =
        java.util.Collections.unmodifiableMap(
            new LinkedHashMap<>(Objects.requireNonNull(advisories, "advisories")));
    // Sorted, never Map.copyOf: an immutable map iterates in an order chosen per JVM, and the
    // guard refingerprints the policy rule by rule, so the order must be the same everywhere.
    rules =
        java.util.Collections.unmodifiableMap(
            new java.util.TreeMap<>(Objects.requireNonNull(rules, "rules")));
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(approvals, "approvals");
    Objects.requireNonNull(install, "install");
    Objects.requireNonNull(plugins, "plugins");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }

  /** The built-in policy: the security guidelines as written. */
  public static Policy defaults() {
    return PolicyLoader.defaults();
  }

  /** The settings of a rule; enabled with no parameters if the policy does not mention it. */
  public RuleSettings rule(String ruleId) {
    return rules.getOrDefault(ruleId, RuleSettings.defaults());
  }

  /** A configured, enabled source by id. */
  public Optional<SourceConfig> source(String id) {
    return Optional.ofNullable(sources.get(id)).filter(SourceConfig::enabled);
  }

  /** This policy with the given source's index replaced, for {@code --index}. */
  public Policy withIndex(String sourceId, URI url) {
    SourceConfig source = sources.get(sourceId);
    if (source == null) {
      throw new IllegalArgumentException("the policy has no source '" + sourceId + "'");
    }
    return withSources(source.withUrl(url), "index:" + sourceId + "=" + url);
  }

  /**
   * This policy with one source replaced by another of the same id, possibly of another type (an
   * installer's configured Simple API index in place of the JSON API one).
   *
   * @param replacement the new source; its id must be one of the policy's
   */
  public Policy withSource(SourceConfig replacement) {
    if (!sources.containsKey(replacement.id())) {
      throw new IllegalArgumentException("the policy has no source '" + replacement.id() + "'");
    }
    return withSources(
        replacement,
        "source:" + replacement.id() + "=" + replacement.type() + " " + replacement.url());
  }

  private Policy withSources(SourceConfig replacement, String change) {
    var changed = new LinkedHashMap<>(sources);
    changed.put(replacement.id(), replacement);
    return new Policy(
        decisions,
        limits,
        dependencies,
        inspection,
        pause,
        deny,
        changed,
        advisories,
        rules,
        store,
        approvals,
        install,
        plugins,
        origin,
        refingerprint(change));
  }

  /** The enabled advisory databases, in policy order. */
  public java.util.List<SourceConfig> enabledAdvisories() {
    return advisories.values().stream().filter(SourceConfig::enabled).toList();
  }

  /**
   * This policy with one more advisory database, an {@code osv-offline} archive at {@code url}
   * (for {@code --advisory-db}); it is consulted along with those the policy names.
   */
  public Policy withAdvisoryDatabase(String id, URI url) {
    var changed = new LinkedHashMap<>(advisories);
    changed.put(
        id,
        new SourceConfig(
            id, "osv-offline", url, java.util.Set.of(), java.util.Set.of(), true, Map.of()));
    return new Policy(
        decisions,
        limits,
        dependencies,
        inspection,
        pause,
        deny,
        sources,
        changed,
        rules,
        store,
        approvals,
        install,
        plugins,
        origin,
        refingerprint("advisories:" + id + "=" + url));
  }

  /** This policy without its online advisory databases (for offline use). */
  public Policy withoutOnlineAdvisories() {
    var kept = new LinkedHashMap<String, SourceConfig>();
    advisories.forEach(
        (id, config) -> {
          if ("file".equalsIgnoreCase(config.url().getScheme())) {
            kept.put(id, config);
          }
        });
    return new Policy(
        decisions,
        limits,
        dependencies,
        inspection,
        pause,
        deny,
        sources,
        kept,
        rules,
        store,
        approvals,
        install,
        plugins,
        origin,
        refingerprint("advisories:offline"));
  }

  /** This policy with the emergency pause set as given. */
  public Policy withPause(Pause newPause) {
    return new Policy(
        decisions,
        limits,
        dependencies,
        inspection,
        newPause,
        deny,
        sources,
        advisories,
        rules,
        store,
        approvals,
        install,
        plugins,
        origin,
        refingerprint("pause:" + newPause.active() + ":" + newPause.reason()));
  }

  /** This policy with other limits. */
  public Policy withLimits(Limits newLimits) {
    return new Policy(
        decisions,
        newLimits,
        dependencies,
        inspection,
        pause,
        deny,
        sources,
        advisories,
        rules,
        store,
        approvals,
        install,
        plugins,
        origin,
        refingerprint("limits:" + newLimits));
  }

  /** This policy with other dependency limits (such as the walk switched off). */
  public Policy withDependencies(DependencyLimits newDependencies) {
    return new Policy(
        decisions,
        limits,
        newDependencies,
        inspection,
        pause,
        deny,
        sources,
        advisories,
        rules,
        store,
        approvals,
        install,
        plugins,
        origin,
        refingerprint("dependencies:" + newDependencies));
  }

  /** This policy with other inspection settings. */
  public Policy withInspection(InspectionSettings newInspection) {
    return new Policy(
        decisions,
        limits,
        dependencies,
        newInspection,
        pause,
        deny,
        sources,
        advisories,
        rules,
        store,
        approvals,
        install,
        plugins,
        origin,
        refingerprint("inspection:" + newInspection));
  }

  /** This policy with one rule's settings replaced. */
  public Policy withRule(String ruleId, RuleSettings settings) {
    var changed = new LinkedHashMap<>(rules);
    changed.put(ruleId, settings);
    return new Policy(
        decisions,
        limits,
        dependencies,
        inspection,
        pause,
        deny,
        sources,
        advisories,
        changed,
        store,
        approvals,
        install,
        plugins,
        origin,
        refingerprint(
            "rule:" + ruleId + "=" + settings.enabled() + ":" + canonical(settings.values())));
  }

  /**
   * A rendering of rule parameter values that is the same in every run (maps sorted by key;
   * immutable maps iterate in an order chosen per JVM) and that changes with a file's content,
   * not only its path.
   */
  private static String canonical(Object value) {
    if (value instanceof Map<?, ?> map) {
      var sorted = new java.util.TreeMap<String, String>();
      map.forEach((k, v) -> sorted.put(String.valueOf(k), canonical(v)));
      return sorted.toString();
    }
    if (value instanceof java.util.Collection<?> items) {
      return items.stream().map(Policy::canonical).toList().toString();
    }
    if (value instanceof io.pkgguard.api.TextFile file) {
      return file.path() + "@" + PolicyFingerprint.of(file.content());
    }
    return String.valueOf(value);
  }

  /**
   * {@return this policy with another store}
   *
   * @param newStore where approvals, the audit log and the pause live
   */
  public Policy withStore(StoreConfig newStore) {
    return new Policy(
        decisions,
        limits,
        dependencies,
        inspection,
        pause,
        deny,
        sources,
        advisories,
        rules,
        newStore,
        approvals,
        install,
        plugins,
        origin,
        refingerprint("store:" + newStore.type()));
  }

  /**
   * {@return this policy with other approval settings}
   *
   * @param newApprovals who may approve what, for how long
   */
  public Policy withApprovals(ApprovalSettings newApprovals) {
    return new Policy(
        decisions,
        limits,
        dependencies,
        inspection,
        pause,
        deny,
        sources,
        advisories,
        rules,
        store,
        newApprovals,
        install,
        plugins,
        origin,
        refingerprint("approvals:" + newApprovals));
  }

  private String refingerprint(String change) {
    return PolicyFingerprint.of(fingerprint + "\n" + change);
  }
}
