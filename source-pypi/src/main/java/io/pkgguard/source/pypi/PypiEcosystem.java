package io.pkgguard.source.pypi;

import io.pkgguard.api.Ecosystem;
import io.pkgguard.api.NameScheme;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RequestSyntaxException;
import io.pkgguard.source.pypi.names.PythonNames;
import io.pkgguard.source.pypi.requirements.InvalidRequirementException;
import io.pkgguard.source.pypi.requirements.Requirement;
import io.pkgguard.source.pypi.requirements.RequirementParser;
import java.util.LinkedHashSet;
import java.util.Optional;

/**
 * The {@code pypi} ecosystem: PEP 508 names and requirements. A specification is a name, {@code
 * name==version}, or any PEP 508 requirement; it is evaluated as an exact pin when it pins one
 * version, as the index's current version when it has no version clause. Stateless and
 * thread-safe.
 */
public final class PypiEcosystem implements Ecosystem {

  /** Words separated by white space, with no requirement syntax: several names in one spec. */
  private static final java.util.regex.Pattern SEVERAL_WORDS =
      java.util.regex.Pattern.compile("[A-Za-z0-9._-]+(\\s+[A-Za-z0-9._-]+)+");

  @Override
  public String id() {
    return PackageId.PYPI;
  }

  @Override
  public NameScheme names() {
    return PythonNames.scheme();
  }

  @Override
  public PackageRequest parseRequest(String spec) throws RequestSyntaxException {
    if (spec.isBlank()) {
      throw new RequestSyntaxException("the package specification is empty; give a name such as"
          + " 'requests' or 'requests==2.32.3'");
    }
    Requirement requirement;
    try {
      requirement = RequirementParser.parse(spec);
    } catch (InvalidRequirementException e) {
      Optional<String> nameProblem = PythonNames.scheme().problem(leadingName(spec));
      if (nameProblem.isEmpty() && SEVERAL_WORDS.matcher(spec.strip()).matches()) {
        throw new RequestSyntaxException("a package name contains no spaces; give each package"
            + " as its own argument");
      }
      throw new RequestSyntaxException(nameProblem
          .map(p -> "invalid package name: " + p)
          .orElse("invalid requirement: " + e.getMessage()));
    }
    if (requirement.url().isPresent()) {
      throw new RequestSyntaxException("direct URL requirements ('" + requirement.name()
          + " @ URL') are not vetted: pkgguard checks packages from trusted indexes; give a name"
          + " and version instead");
    }
    PackageRequest request = PackageRequest.of(PackageId.pypi(requirement.name()))
        .withRequirement(spec.strip())
        .withExtras(new LinkedHashSet<>(requirement.extras()));
    Optional<String> pin = requirement.exactPin();
    if (pin.isPresent()) {
      return request.withVersion(pin.get());
    }
    if (!requirement.clauses().isEmpty()) {
      throw new RequestSyntaxException("version ranges such as '" + requirement.clauses().get(0)
          + "' are not resolved yet; pin one version with '==', such as '" + requirement.name()
          + "==1.0'");
    }
    return request;
  }

  /** The part of a specification that should be the name: up to the first requirement syntax. */
  private static String leadingName(String spec) {
    String stripped = spec.strip();
    int end = 0;
    while (end < stripped.length() && " \t[(;@<>=!~,".indexOf(stripped.charAt(end)) < 0) {
      end++;
    }
    return stripped.substring(0, end);
  }
}
