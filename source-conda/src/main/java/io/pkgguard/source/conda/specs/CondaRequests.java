package io.pkgguard.source.conda.specs;

import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RequestSyntaxException;
import io.pkgguard.api.TargetEnvironment;
import java.util.Optional;

/**
 * A request for the package a match spec names: the spec travels with it (so that the channel
 * chooses by build string and number too), an exact version becomes the request's version and
 * any other version spec its constraint.
 */
public final class CondaRequests {

  private CondaRequests() {}

  /**
   * The request for {@code spec}.
   *
   * @param spec a match spec naming one package, such as {@code numpy >=1.24,<2}
   * @param target the environment it is for
   * @return the request
   * @throws RequestSyntaxException if the spec cannot be read or names no single package
   */
  public static PackageRequest of(String spec, TargetEnvironment target)
      throws RequestSyntaxException {
    MatchSpec parsed;
    try {
      parsed = MatchSpec.parse(spec);
    } catch (InvalidMatchSpecException e) {
      throw new RequestSyntaxException(e.getMessage());
    }
    if (parsed.exact("name").isEmpty() || parsed.name().equals("*")) {
      throw new RequestSyntaxException(
          "'" + spec + "' does not name one package; give its name, as in numpy >=1.24");
    }
    PackageRequest request =
        PackageRequest.of(new PackageId(PackageId.CONDA, parsed.name()))
            .withRequirement(spec)
            .withEnvironment(target);
    Optional<String> exact = parsed.exact("version");
    if (exact.isPresent()) {
      return request.withVersion(exact.get().replaceFirst("^==", ""));
    }
    // The core joins several constraints with ','; parentheses keep an 'or' whole.
    return parsed
        .get("version")
        .map(v -> request.withConstraint(v.indexOf('|') >= 0 ? "(" + v + ")" : v))
        .orElse(request);
  }
}
