package io.pkgguard.core;

import io.pkgguard.api.Dependency;
import io.pkgguard.api.Ecosystem;
import io.pkgguard.api.NameScheme;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RequestSyntaxException;
import io.pkgguard.api.SourceException;
import io.pkgguard.api.TargetEnvironment;
import io.pkgguard.api.VersionScheme;
import io.pkgguard.core.TestPlugins.FakeSourceProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake index of packages with whole-number versions and dependencies, and the ecosystem that
 * reads them, for specifying the dependency walk. A dependency is written {@code name}, {@code
 * name==2}, {@code name>=2}, {@code name<3} (clauses joined by commas), {@code name[extra]},
 * {@code name @ URL}, or any of these followed by {@code ; extra == x} (only with extra x).
 */
final class FakeTree {

  static final String ECOSYSTEM = TestPlugins.ECOSYSTEM;

  private final Map<String, TreeMap<Integer, List<String>>> packages = new LinkedHashMap<>();

  /** How often each name was fetched. */
  final Map<String, AtomicInteger> fetches = new ConcurrentHashMap<>();

  /** Adds a release of {@code name} that depends on {@code requires}. */
  FakeTree add(String name, int version, String... requires) {
    packages.computeIfAbsent(name, n -> new TreeMap<>()).put(version, List.of(requires));
    return this;
  }

  int fetched(String name) {
    return fetches.getOrDefault(name, new AtomicInteger()).get();
  }

  /** The index: the pinned version, else the newest that satisfies the constraint. */
  FakeSourceProvider index() {
    return new FakeSourceProvider(this::answer);
  }

  private PackageMetadata answer(PackageRequest request) throws SourceException {
    String name = request.id().name().toLowerCase(Locale.ROOT);
    fetches.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
    TreeMap<Integer, List<String>> releases = packages.get(name);
    if (releases == null) {
      throw new SourceException(SourceException.Reason.NOT_FOUND, "no project " + name);
    }
    Integer chosen =
        releases.descendingKeySet().stream()
            .filter(v -> request.version().map(p -> Integer.parseInt(p) == v).orElse(true))
            .filter(
                v -> request.constraint().map(c -> SCHEME.satisfies(v.toString(), c)).orElse(true))
            .findFirst()
            .orElseThrow(
                () ->
                    new SourceException(
                        SourceException.Reason.NOT_FOUND,
                        "no release of " + name + " satisfies " + request));
    return TestPlugins.metadata(name, chosen.toString()).toBuilder()
        .requiresDist(releases.get(chosen))
        .build();
  }

  private static final VersionScheme SCHEME =
      new VersionScheme() {
        @Override
        public String ecosystem() {
          return ECOSYSTEM;
        }

        @Override
        public boolean isValid(String version) {
          return version.matches("[0-9]+");
        }

        @Override
        public String normalize(String version) {
          return Integer.toString(Integer.parseInt(version));
        }

        @Override
        public int compare(String left, String right) {
          return Integer.compare(Integer.parseInt(left), Integer.parseInt(right));
        }

        @Override
        public boolean isPreRelease(String version) {
          return false;
        }

        @Override
        public boolean satisfies(String version, String constraint) {
          int v = Integer.parseInt(version);
          for (String clause : constraint.split(",")) {
            String c = clause.strip();
            boolean ok;
            if (c.startsWith(">=")) {
              ok = v >= Integer.parseInt(c.substring(2));
            } else if (c.startsWith("<")) {
              ok = v < Integer.parseInt(c.substring(1));
            } else if (c.startsWith("==")) {
              ok = v == Integer.parseInt(c.substring(2));
            } else {
              throw new IllegalArgumentException("unknown clause " + c);
            }
            if (!ok) {
              return false;
            }
          }
          return true;
        }
      };

  /** The "test" ecosystem with versions and dependencies in the format above. */
  static final class TreeEcosystem implements Ecosystem {
    private final Ecosystem names = new TestPlugins.TestEcosystem();

    @Override
    public String id() {
      return ECOSYSTEM;
    }

    @Override
    public NameScheme names() {
      return names.names();
    }

    @Override
    public Optional<VersionScheme> versions() {
      return Optional.of(SCHEME);
    }

    @Override
    public PackageRequest parseRequest(String spec) throws RequestSyntaxException {
      return names.parseRequest(spec);
    }

    @Override
    public List<Dependency> dependencies(
        PackageMetadata metadata, Set<String> extras, TargetEnvironment target)
        throws RequestSyntaxException {
      List<Dependency> dependencies = new ArrayList<>();
      for (String text : metadata.requiresDist()) {
        String[] marker = text.split(";", 2);
        if (marker.length == 2 && !extras.contains(marker[1].replace("extra ==", "").strip())) {
          continue;
        }
        String spec = marker[0].strip();
        if (spec.contains("!")) {
          throw new RequestSyntaxException("'" + text + "' is not a requirement");
        }
        String[] url = spec.split(" @ ", 2);
        String nameAndExtras = url[0].split("[<>=]", 2)[0];
        String name = nameAndExtras.replaceAll("\\[.*", "");
        PackageRequest request =
            PackageRequest.of(new PackageId(ECOSYSTEM, name))
                .withRequirement(text)
                .withEnvironment(target);
        if (nameAndExtras.contains("[")) {
          request = request.withExtras(Set.of(nameAndExtras.replaceAll(".*\\[|\\]", "")));
        }
        String clauses = url[0].substring(nameAndExtras.length());
        if (clauses.startsWith("==")) {
          request = request.withVersion(clauses.substring(2));
        } else if (!clauses.isEmpty()) {
          request = request.withConstraint(clauses);
        }
        dependencies.add(
            new Dependency(
                request, text, url.length == 2 ? Optional.of(url[1]) : Optional.empty()));
      }
      return dependencies;
    }
  }
}
