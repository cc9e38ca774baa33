package io.pkgguard.source.conda.versions;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A conda version spec, as conda's {@code VersionSpec} reads it: relations ({@code ==1.2}, {@code
 * >=1.2}, {@code !=1.2}, {@code ~=1.2}, {@code =1.2} meaning "starts with"), globs ({@code 1.2.*},
 * {@code 1.2*}, {@code 1.*.1}), regular expressions ({@code ^1\.2.*$}), exact versions, and
 * their combinations with {@code ,} (and, binding tighter) and {@code |} (or), with parentheses.
 * Immutable and thread-safe.
 */
public final class CondaVersionSpec {

  /** Longer specs are refused before any parsing. */
  public static final int MAX_LENGTH = 1024;

  private static final Pattern TOKENS = Pattern.compile("\\s*\\^[^$]*[$]|\\s*[()|,]|[^()|,]+");
  private static final Pattern NEEDS_TREE = Pattern.compile(".*[()|,^$]");
  private static final Pattern RELATION =
      Pattern.compile("^(=|==|!=|<=|>=|<|>|~=)(?![=<>!~])(\\S+)$");

  private final Node root;

  private CondaVersionSpec(Node root) {
    this.root = root;
  }

  /**
   * Reads a version spec.
   *
   * @param text the spec as written
   * @return the spec
   * @throws InvalidCondaVersionException saying what is wrong
   */
  public static CondaVersionSpec parse(String text) throws InvalidCondaVersionException {
    if (text.length() > MAX_LENGTH) {
      throw invalid(text, "longer than " + MAX_LENGTH + " characters");
    }
    return new CondaVersionSpec(node(text));
  }

  /** {@return the spec as conda writes it} */
  public String spec() {
    return root.spec();
  }

  /** {@return whether the spec names one exact version ({@code 1.2}, {@code ==1.2})} */
  public boolean isExact() {
    return root.exact();
  }

  /** {@return the exact version the spec names, if it names one} */
  public Optional<String> exactVersion() {
    return root.exact() ? Optional.of(root.spec()) : Optional.empty();
  }

  /**
   * Whether {@code version} satisfies the spec. A version that is not a conda version satisfies
   * only specs that compare text (regular expressions, globs, {@code @} exact strings).
   *
   * @param version the version
   * @return whether it matches
   * @throws IllegalArgumentException if a regular expression in the spec takes too long on it
   */
  public boolean matches(String version) {
    return root.matches(version);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CondaVersionSpec s && s.spec().equals(spec());
  }

  @Override
  public int hashCode() {
    return spec().hashCode();
  }

  @Override
  public String toString() {
    return spec();
  }

  private static InvalidCondaVersionException invalid(String spec, String problem) {
    return new InvalidCondaVersionException(
        "'" + CondaVersion.shorten(spec) + "' is not a valid conda version spec: " + problem);
  }

  private static Node node(String text) throws InvalidCondaVersionException {
    if (NEEDS_TREE.matcher(text).lookingAt()) {
      Object tree = treeify(text);
      if (tree instanceof Tree t) {
        return group(t);
      }
      return leaf((String) tree);
    }
    return leaf(text);
  }

  private static Node group(Tree tree) throws InvalidCondaVersionException {
    List<Node> children = new ArrayList<>();
    for (Object child : tree.children()) {
      children.add(child instanceof Tree t ? group(t) : node((String) child));
    }
    return new Group(tree.operator() == '|', List.copyOf(children));
  }

  /** An expression tree: an operator and its operands (strings or trees). */
  private record Tree(char operator, List<Object> children) {}

  /** Conda's shunting-yard over {@code (spec)}, fusing operands of the same operator. */
  private static Object treeify(String spec) throws InvalidCondaVersionException {
    Matcher tokens = TOKENS.matcher("(" + spec + ")");
    Deque<Object> output = new ArrayDeque<>();
    Deque<Character> stack = new ArrayDeque<>();
    while (tokens.find()) {
      String item = PythonText.strip(tokens.group());
      switch (item) {
        case "|" -> {
          applyOperators(spec, output, stack, "(");
          stack.push('|');
        }
        case "," -> {
          applyOperators(spec, output, stack, "|(");
          stack.push(',');
        }
        case "(" -> stack.push('(');
        case ")" -> {
          applyOperators(spec, output, stack, "(");
          if (stack.isEmpty() || stack.peek() != '(') {
            throw invalid(spec, "expression must start with '('");
          }
          stack.pop();
        }
        default -> output.push(item);
      }
    }
    if (!stack.isEmpty()) {
      throw invalid(spec, "unbalanced parentheses or operators");
    }
    if (output.isEmpty()) {
      throw invalid(spec, "unable to determine version from spec");
    }
    return output.peekLast();
  }

  private static void applyOperators(
      String spec, Deque<Object> output, Deque<Character> stack, String stops)
      throws InvalidCondaVersionException {
    while (!stack.isEmpty() && stops.indexOf(stack.peek()) < 0) {
      if (output.size() < 2) {
        throw invalid(spec, "an operator without two operands");
      }
      char operator = stack.pop();
      Object right = output.pop();
      Object left = output.pop();
      List<Object> operands = new ArrayList<>();
      operands.addAll(operandsOf(left, operator));
      operands.addAll(operandsOf(right, operator));
      output.push(new Tree(operator, operands));
    }
  }

  private static List<Object> operandsOf(Object node, char operator) {
    return node instanceof Tree t && t.operator() == operator ? t.children() : List.of(node);
  }

  private static Node leaf(String text) throws InvalidCondaVersionException {
    String spec = PythonText.strip(text);
    if (spec.isEmpty()) {
      throw invalid(text, "empty version spec");
    }
    if (spec.charAt(0) == '^' || spec.charAt(spec.length() - 1) == '$') {
      if (spec.charAt(0) != '^' || spec.charAt(spec.length() - 1) != '$') {
        throw invalid(spec, "regex specs must start with '^' and end with '$'");
      }
      try {
        return new TextPattern(spec, Pattern.compile(spec));
      } catch (PatternSyntaxException e) {
        throw invalid(spec, "invalid regular expression (" + e.getDescription() + ")");
      }
    }
    if ("=<>!~".indexOf(spec.charAt(0)) >= 0) {
      return relation(spec);
    }
    if (spec.equals("*")) {
      return new Any();
    }
    if (stripTrailing(spec, '*').indexOf('*') >= 0) {
      StringBuilder regex = new StringBuilder("^(?:");
      for (String piece : spec.split("\\*", -1)) {
        if (regex.length() > 4) {
          regex.append(".*");
        }
        regex.append(Pattern.quote(piece));
      }
      return new TextPattern(spec, Pattern.compile(regex.append(")$").toString()));
    }
    if (spec.endsWith("*")) {
      if (!spec.endsWith(".*")) {
        spec = spec.substring(0, spec.length() - 1) + ".*";
      }
      String prefix = stripTrailing(stripTrailing(spec, '*'), '.');
      return new Relation(spec, "=*", CondaVersion::startsWith, version(spec, prefix), false);
    }
    if (spec.indexOf('@') < 0) {
      return new Relation(spec, "==", (a, b) -> a.compareTo(b) == 0, version(spec, spec), true);
    }
    return new ExactText(spec);
  }

  private static Node relation(String spec) throws InvalidCondaVersionException {
    Matcher m = RELATION.matcher(spec);
    if (!m.matches()) {
      throw invalid(spec, "invalid operator");
    }
    String operator = m.group(1);
    String target = m.group(2);
    if (target.endsWith(".*")) {
      switch (operator) {
        case "~=" -> throw invalid(spec, "invalid operator with '.*'");
        case "!=" -> operator = "!=*";
        case "=" -> operator = "=";
        default -> {
          // conda ignores a .* after other relations (and warns that it is deprecated)
        }
      }
      target = target.substring(0, target.length() - 2);
    }
    CondaVersion version = version(spec, target);
    BiPredicate<CondaVersion, CondaVersion> test =
        switch (operator) {
          case "==" -> (a, b) -> a.compareTo(b) == 0;
          case "!=" -> (a, b) -> a.compareTo(b) != 0;
          case "<=" -> (a, b) -> a.compareTo(b) <= 0;
          case ">=" -> (a, b) -> a.compareTo(b) >= 0;
          case "<" -> (a, b) -> a.compareTo(b) < 0;
          case ">" -> (a, b) -> a.compareTo(b) > 0;
          case "=" -> CondaVersion::startsWith;
          case "!=*" -> (a, b) -> !a.startsWith(b);
          case "~=" -> compatibleRelease(spec, version);
          default -> throw invalid(spec, "invalid operator: " + operator);
        };
    return new Relation(spec, operator, test, version, operator.equals("=="));
  }

  /** {@code ~=1.2.3}: at least 1.2.3, and starting with 1.2. */
  private static BiPredicate<CondaVersion, CondaVersion> compatibleRelease(
      String spec, CondaVersion target) throws InvalidCondaVersionException {
    String normalized = target.normalized();
    int dot = normalized.lastIndexOf('.');
    if (dot <= 0) {
      throw invalid(spec, "'~=' needs a version with at least two components");
    }
    CondaVersion prefix = version(spec, normalized.substring(0, dot));
    return (a, b) -> a.compareTo(b) >= 0 && a.startsWith(prefix);
  }

  private static CondaVersion version(String spec, String text)
      throws InvalidCondaVersionException {
    try {
      return CondaVersion.parse(text);
    } catch (InvalidCondaVersionException e) {
      throw invalid(spec, e.getMessage());
    }
  }

  private static String stripTrailing(String text, char c) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == c) {
      end--;
    }
    return text.substring(0, end);
  }

  /** One node of a spec. */
  private sealed interface Node permits Group, Relation, TextPattern, ExactText, Any {
    String spec();

    boolean exact();

    boolean matches(String version);
  }

  /** {@code a,b} (all) or {@code a|b} (any). Conda writes the operands without parentheses. */
  private record Group(boolean any, List<Node> children) implements Node {
    @Override
    public String spec() {
      return String.join(any ? "|" : ",", children.stream().map(Node::spec).toList());
    }

    @Override
    public boolean exact() {
      return false;
    }

    @Override
    public boolean matches(String version) {
      return any
          ? children.stream().anyMatch(c -> c.matches(version))
          : children.stream().allMatch(c -> c.matches(version));
    }
  }

  /** A comparison with a version; a candidate that is not a conda version does not match. */
  private record Relation(
      String spec,
      String operator,
      BiPredicate<CondaVersion, CondaVersion> test,
      CondaVersion target,
      boolean exact)
      implements Node {
    @Override
    public boolean matches(String version) {
      return CondaVersion.tryParse(version).map(v -> test.test(v, target)).orElse(false);
    }
  }

  /** A regular expression or glob on the version's text, with a bounded number of steps. */
  private record TextPattern(String spec, Pattern pattern) implements Node {
    @Override
    public boolean exact() {
      return false;
    }

    @Override
    public boolean matches(String version) {
      return pattern.matcher(BoundedText.of(version, spec)).lookingAt();
    }
  }

  /** A version containing {@code @}: compared as text. */
  private record ExactText(String spec) implements Node {
    @Override
    public boolean exact() {
      return true;
    }

    @Override
    public boolean matches(String version) {
      return spec.equals(version);
    }
  }

  /** {@code *}. */
  private record Any() implements Node {
    @Override
    public String spec() {
      return "*";
    }

    @Override
    public boolean exact() {
      return false;
    }

    @Override
    public boolean matches(String version) {
      return true;
    }
  }
}
