package io.pkgguard.source.pypi.requirements;

import io.pkgguard.source.pypi.names.PythonNames;
import io.pkgguard.source.pypi.requirements.MarkerEvaluationException.Kind;
import io.pkgguard.source.pypi.versions.InvalidSpecifierException;
import io.pkgguard.source.pypi.versions.Pep440Specifier;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Evaluates PEP 508 markers in an environment of marker variables. The version-valued variables
 * ({@code python_version}, {@code python_full_version}, {@code implementation_version}, {@code
 * platform_release}) compare as PEP 440 versions whenever the other side forms a valid
 * specifier; everything else compares as strings, where only equality and {@code in} have a
 * meaning ({@code <} and {@code >} are false, {@code <=} and {@code >=} are equality), as the
 * reference implementation does. Extra names compare normalised (PEP 685). Stateless.
 */
public final class MarkerEvaluator {

  /** Where the marker comes from, which decides the defaults of some variables. */
  public enum Context {
    /** Core metadata ({@code Requires-Dist}): {@code extra} defaults to "". */
    METADATA,
    /** A lock file: {@code extras} and {@code dependency_groups} default to empty sets. */
    LOCK_FILE,
    /** Any other requirement: no defaults. */
    REQUIREMENT
  }

  private static final Set<String> VERSION_VARIABLES =
      Set.of("implementation_version", "platform_release", "python_full_version", "python_version");
  private static final Set<String> SET_VARIABLES = Set.of("extras", "dependency_groups");

  private MarkerEvaluator() {}

  /**
   * Evaluates a marker.
   *
   * @param environment variable name to value: a {@link String}, or for {@code extras} and
   *     {@code dependency_groups} a {@link Set} of strings
   * @throws MarkerEvaluationException if the marker names an undefined variable or makes a
   *     comparison that has no meaning
   */
  public static boolean evaluate(Marker marker, Map<String, ?> environment, Context context)
      throws MarkerEvaluationException {
    Map<String, Object> env = new HashMap<>();
    if (context == Context.LOCK_FILE) {
      env.put("extras", Set.of());
      env.put("dependency_groups", Set.of());
    } else if (context == Context.METADATA) {
      env.put("extra", "");
    }
    environment.forEach((key, value) -> env.put(key, value));
    if (env.containsKey("extra")) {
      Object extra = env.get("extra");
      env.put(
          "extra",
          extra instanceof String s && !s.isEmpty() ? PythonNames.scheme().normalize(s) : "");
    }
    if (env.get("python_full_version") instanceof String full && full.endsWith("+")) {
      // Development builds of CPython report "3.13.0+", which is not PEP 440.
      env.put("python_full_version", full + "local");
    }
    return eval(marker, env);
  }

  private static boolean eval(Marker marker, Map<String, Object> env)
      throws MarkerEvaluationException {
    if (marker instanceof Marker.Group group) {
      return eval(group.inner(), env);
    }
    if (marker instanceof Marker.Or or) {
      boolean any = false;
      for (Marker operand : or.operands()) {
        any |= eval(operand, env);
      }
      return any;
    }
    if (marker instanceof Marker.And and) {
      boolean all = true;
      for (Marker operand : and.operands()) {
        all &= eval(operand, env);
      }
      return all;
    }
    return compare((Marker.Comparison) marker, env);
  }

  private static boolean compare(Marker.Comparison c, Map<String, Object> env)
      throws MarkerEvaluationException {
    String key;
    Object lhs;
    Object rhs;
    if (c.left() instanceof Marker.Variable variable) {
      key = variable.name();
      lhs = lookup(env, key);
      rhs = text(c.right());
    } else {
      key = text(c.right());
      lhs = text(c.left());
      rhs = lookup(env, key);
    }
    if (!(lhs instanceof String left)) {
      throw new MarkerEvaluationException(
          Kind.UNDEFINED_COMPARISON,
          "the set-valued marker '"
              + key
              + "' can only be used as \"<name>\" in "
              + key
              + ", not on the left of "
              + c.operator());
    }
    if (SET_VARIABLES.contains(key)) {
      left = PythonNames.scheme().normalize(left);
      if (rhs instanceof Set<?> set) {
        rhs =
            set.stream()
                .map(v -> PythonNames.scheme().normalize(String.valueOf(v)))
                .collect(Collectors.toSet());
      } else {
        rhs = PythonNames.scheme().normalize(String.valueOf(rhs));
      }
    }
    if (VERSION_VARIABLES.contains(key) && rhs instanceof String right) {
      Optional<Pep440Specifier> specifier = specifier(c.operator() + right);
      if (specifier.isPresent()) {
        return specifier.get().contains(left, Optional.of(true));
      }
    }
    return switch (c.operator()) {
      case "in" -> contains(rhs, left);
      case "not in" -> !contains(rhs, left);
      case "==", "<=", ">=" -> left.equals(rhs);
      case "!=" -> !left.equals(rhs);
      case "<", ">" -> false;
      default ->
          throw new MarkerEvaluationException(
              Kind.UNDEFINED_COMPARISON,
              "'" + c.operator() + "' has no meaning between '" + left + "' and '" + rhs + "'");
    };
  }

  private static boolean contains(Object container, String item) {
    if (container instanceof Set<?> set) {
      return set.contains(item);
    }
    return String.valueOf(container).contains(item);
  }

  private static Optional<Pep440Specifier> specifier(String text) {
    try {
      return Optional.of(Pep440Specifier.parse(text));
    } catch (InvalidSpecifierException e) {
      return Optional.empty();
    }
  }

  private static Object lookup(Map<String, Object> env, String key)
      throws MarkerEvaluationException {
    Object value = env.get(key);
    if (value == null) {
      throw new MarkerEvaluationException(
          Kind.UNDEFINED_NAME, "the environment does not define" + " '" + key + "'");
    }
    return value;
  }

  private static String text(Marker.Operand operand) {
    return operand instanceof Marker.Literal literal
        ? literal.value()
        : ((Marker.Variable) operand).name();
  }
}
