package io.pkgguard.rules.license;

import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.ParameterDefinition;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDefinition;
import io.pkgguard.api.RuleParameters;
import io.pkgguard.api.SecurityRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The project's licence against the policy's lists. Read from, in this order, the PEP 639
 * {@code License-Expression} (an SPDX expression), the {@code License ::} classifiers (several
 * mean a choice), and the free-text {@code License} field (a known name, an SPDX expression, or a
 * licence text recognised by its opening words). Expressions are evaluated as SPDX defines them:
 * {@code OR} lets the user choose the most acceptable term, {@code AND} requires complying with
 * every term, {@code WITH} adds an exception to a licence. Each term is judged by its identifier
 * if a list names it, else by its kind.
 *
 * <p>Parameters: {@code allowed}, {@code review}, {@code denied}: SPDX identifiers or kinds
 * ({@code permissive}, {@code public-domain}, {@code weak-copyleft}, {@code strong-copyleft},
 * {@code non-open}, {@code unknown}). Defaults: permissive, public-domain and weak-copyleft
 * allowed (reported as evidence, level NONE); strong copyleft and unknown reviewed (MEDIUM);
 * non-open denied (CRITICAL). A project that declares no licence at all is left to
 * metadata-quality.
 */
@RuleDefinition(
    id = "license",
    summary = "The licence is one the policy allows (strong copyleft and unknown reviewed)",
    level = RiskLevel.CRITICAL,
    category = RiskCategory.LICENSE,
    explanation =
        "Installing a package means accepting its licence. Permissive licences need"
            + " nothing more; strong copyleft can oblige you to publish your own code; a"
            + " non-open licence may not let you use it at all; an unknown one needs a person to"
            + " read it.",
    parameters = {
      @ParameterDefinition(
          name = "allowed",
          type = ParameterDefinition.Type.TEXTS,
          listRole = ParameterDefinition.ListRole.EXEMPTS,
          summary = "SPDX ids or kinds allowed",
          defaultValue = "[\"permissive\", \"public-domain\", \"weak-copyleft\"]"),
      @ParameterDefinition(
          name = "review",
          type = ParameterDefinition.Type.TEXTS,
          summary = "SPDX ids or kinds reviewed",
          defaultValue = "[\"strong-copyleft\", \"unknown\"]"),
      @ParameterDefinition(
          name = "denied",
          type = ParameterDefinition.Type.TEXTS,
          listRole = ParameterDefinition.ListRole.CHECKS,
          summary = "SPDX ids or kinds denied",
          defaultValue = "[\"non-open\"]")
    })
public final class LicenseRule implements SecurityRule {

  static final List<String> DEFAULT_ALLOWED =
      List.of("permissive", "public-domain", "weak-copyleft");
  static final List<String> DEFAULT_REVIEW = List.of("strong-copyleft", "unknown");
  static final List<String> DEFAULT_DENIED = List.of("non-open");
  private static final int TEXT_SCAN = 10_000;

  /** How acceptable a licence term is; higher is worse. */
  private enum Verdict {
    ALLOW,
    REVIEW,
    DENY
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    PackageMetadata m = context.metadata();
    Optional<Declared> declared = declared(m);
    if (declared.isEmpty()) {
      return List.of();
    }
    Declared d = declared.get();
    if (d.expression().isEmpty()) {
      return List.of(
          finding(
                  RiskLevel.MEDIUM,
                  "the licence could not be identified ("
                      + d.where()
                      + ": '"
                      + shorten(d.text())
                      + "'"
                      + d.problem().map(p -> ", " + p).orElse("")
                      + ")")
              .withEvidence("license", shorten(d.text()), "found-in", d.where())
              .withRemediation("read the licence before installing"));
    }
    Lists lists = new Lists(context.parameters());
    Verdict verdict = judge(d.expression().get(), lists);
    String shown = render(d.expression().get());
    String kinds = kinds(d.expression().get());
    return switch (verdict) {
      case ALLOW ->
          List.of(
              finding(RiskLevel.NONE, "licence " + shown + " (" + d.where() + ")")
                  .withEvidence("license", shown, "found-in", d.where(), "kinds", kinds));
      case REVIEW ->
          List.of(
              finding(
                      RiskLevel.MEDIUM,
                      "licence " + shown + " (" + d.where() + ") needs review: " + kinds)
                  .withEvidence("license", shown, "found-in", d.where(), "kinds", kinds)
                  .withRemediation(
                      "check that the licence's obligations fit how you will use the"
                          + " package, or add it to [rules.license] allowed"));
      case DENY ->
          List.of(
              finding(
                      RiskLevel.CRITICAL,
                      "licence " + shown + " (" + d.where() + ") is denied by the policy: " + kinds)
                  .withEvidence("license", shown, "found-in", d.where(), "kinds", kinds)
                  .withRemediation(
                      "you may not be allowed to use it; find an alternative or ask"
                          + " whoever owns the policy"));
    };
  }

  /**
   * What the project declares, and where.
   *
   * @param where which field it came from, for the finding
   * @param text the declared text
   * @param expression the SPDX expression it means, if it could be read
   * @param problem why it could not, if it could not
   */
  private record Declared(
      String where, String text, Optional<SpdxExpression> expression, Optional<String> problem) {}

  private static Optional<Declared> declared(PackageMetadata m) {
    Optional<String> expression =
        m.licenseExpression().map(String::strip).filter(s -> !s.isEmpty());
    if (expression.isPresent()) {
      return Optional.of(parse("License-Expression", expression.get(), expression.get()));
    }
    List<String> classifiers =
        m.classifiers().stream().filter(c -> c.startsWith("License ::")).toList();
    List<String> terms = new ArrayList<>();
    for (String classifier : classifiers) {
      LicenseCatalog.alias(classifier).ifPresent(terms::add);
    }
    if (!terms.isEmpty()) {
      String joined =
          terms.stream().distinct().map(t -> "(" + t + ")").collect(Collectors.joining(" OR "));
      return Optional.of(
          parse(
              classifiers.size() == 1 ? "classifier '" + classifiers.get(0) + "'" : "classifiers",
              String.join("; ", classifiers),
              joined));
    }
    Optional<String> text = m.license().map(String::strip).filter(s -> !s.isEmpty());
    if (text.isPresent()) {
      return Optional.of(fromText(text.get()));
    }
    if (!classifiers.isEmpty()) {
      return Optional.of(
          new Declared(
              "classifier",
              String.join("; ", classifiers),
              Optional.empty(),
              Optional.of("not a licence pkgguard knows")));
    }
    return Optional.empty();
  }

  private static Declared fromText(String text) {
    String where = "License field";
    Optional<String> alias = text.length() <= 200 ? LicenseCatalog.alias(text) : Optional.empty();
    if (alias.isPresent()) {
      return parse(where, text, alias.get());
    }
    if (text.length() <= 200) {
      try {
        SpdxExpression e = SpdxExpression.parse(text);
        if (allKnown(e)) {
          return new Declared(where, text, Optional.of(e), Optional.empty());
        }
      } catch (IllegalArgumentException e) {
        // Not an expression: fall through to recognising a licence text.
      }
    }
    return recognise(text)
        .map(id -> parse(where + " (licence text)", text, id))
        .orElse(new Declared(where, text, Optional.empty(), Optional.empty()));
  }

  /** A full licence text, by the words its standard text opens or is known by. */
  private static Optional<String> recognise(String text) {
    String head = text.substring(0, Math.min(text.length(), TEXT_SCAN)).toLowerCase(Locale.ROOT);
    if (head.contains("permission is hereby granted, free of charge")) {
      return Optional.of("MIT");
    }
    if (head.contains("apache license") && head.contains("version 2.0")) {
      return Optional.of("Apache-2.0");
    }
    if (head.contains("gnu affero general public license")) {
      return Optional.of("AGPL-3.0-only");
    }
    if (head.contains("gnu lesser general public license")) {
      return Optional.of(head.contains("version 3") ? "LGPL-3.0-only" : "LGPL-2.1-only");
    }
    if (head.contains("gnu general public license")) {
      return Optional.of(head.contains("version 3") ? "GPL-3.0-only" : "GPL-2.0-only");
    }
    if (head.contains("mozilla public license") && head.contains("2.0")) {
      return Optional.of("MPL-2.0");
    }
    if (head.contains("redistribution and use in source and binary forms")) {
      return Optional.of(head.contains("neither the name") ? "BSD-3-Clause" : "BSD-2-Clause");
    }
    if (head.contains("permission to use, copy, modify, and/or distribute this software")) {
      return Optional.of("ISC");
    }
    return Optional.empty();
  }

  private static Declared parse(String where, String text, String expression) {
    try {
      return new Declared(
          where, text, Optional.of(SpdxExpression.parse(expression)), Optional.empty());
    } catch (IllegalArgumentException e) {
      return new Declared(
          where,
          text,
          Optional.empty(),
          Optional.of("not a valid SPDX expression: " + e.getMessage()));
    }
  }

  private static boolean allKnown(SpdxExpression e) {
    if (e instanceof SpdxExpression.License l) {
      return LicenseCatalog.canonical(l.id()).isPresent();
    }
    if (e instanceof SpdxExpression.And a) {
      return allKnown(a.left()) && allKnown(a.right());
    }
    SpdxExpression.Or o = (SpdxExpression.Or) e;
    return allKnown(o.left()) && allKnown(o.right());
  }

  private static Verdict judge(SpdxExpression e, Lists lists) {
    if (e instanceof SpdxExpression.License l) {
      return lists.judge(l.id());
    }
    if (e instanceof SpdxExpression.And a) {
      return worse(judge(a.left(), lists), judge(a.right(), lists));
    }
    SpdxExpression.Or o = (SpdxExpression.Or) e;
    return better(judge(o.left(), lists), judge(o.right(), lists));
  }

  private static Verdict worse(Verdict a, Verdict b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Verdict better(Verdict a, Verdict b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static String render(SpdxExpression e) {
    if (e instanceof SpdxExpression.License l) {
      return LicenseCatalog.canonical(l.id()).orElse(l.id())
          + l.exception().map(x -> " WITH " + x).orElse("");
    }
    if (e instanceof SpdxExpression.And a) {
      return group(a.left()) + " AND " + group(a.right());
    }
    SpdxExpression.Or o = (SpdxExpression.Or) e;
    return render(o.left()) + " OR " + render(o.right());
  }

  private static String group(SpdxExpression child) {
    return child instanceof SpdxExpression.Or ? "(" + render(child) + ")" : render(child);
  }

  private static String kinds(SpdxExpression e) {
    Set<String> kinds = new java.util.LinkedHashSet<>();
    collectKinds(e, kinds);
    return String.join(", ", kinds);
  }

  private static void collectKinds(SpdxExpression e, Set<String> out) {
    if (e instanceof SpdxExpression.License l) {
      out.add(
          LicenseCatalog.canonical(l.id()).orElse(l.id())
              + " is "
              + LicenseCatalog.kind(l.id()).key());
    } else if (e instanceof SpdxExpression.And a) {
      collectKinds(a.left(), out);
      collectKinds(a.right(), out);
    } else {
      SpdxExpression.Or o = (SpdxExpression.Or) e;
      collectKinds(o.left(), out);
      collectKinds(o.right(), out);
    }
  }

  private static String shorten(String text) {
    String oneLine = text.replaceAll("\\s+", " ");
    return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 80) + "…";
  }

  /** The policy's three lists, each of identifiers and kinds. */
  private static final class Lists {
    private final Set<String> allowed;
    private final Set<String> review;
    private final Set<String> denied;

    Lists(RuleParameters parameters) {
      allowed = lower(parameters.texts("allowed", DEFAULT_ALLOWED));
      review = lower(parameters.texts("review", DEFAULT_REVIEW));
      denied = lower(parameters.texts("denied", DEFAULT_DENIED));
    }

    Verdict judge(String id) {
      String canonical = LicenseCatalog.canonical(id).orElse(id).toLowerCase(Locale.ROOT);
      if (denied.contains(canonical)) {
        return Verdict.DENY;
      }
      if (review.contains(canonical)) {
        return Verdict.REVIEW;
      }
      if (allowed.contains(canonical)) {
        return Verdict.ALLOW;
      }
      String kind = LicenseCatalog.kind(id).key();
      if (denied.contains(kind)) {
        return Verdict.DENY;
      }
      if (allowed.contains(kind)) {
        return Verdict.ALLOW;
      }
      return Verdict.REVIEW;
    }

    private static Set<String> lower(List<String> values) {
      return values.stream()
          .map(v -> v.strip().toLowerCase(Locale.ROOT))
          .collect(Collectors.toSet());
    }
  }
}
