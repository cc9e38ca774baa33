package io.pkgguard.source.conda;

import io.pkgguard.api.Ecosystem;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.api.NameScheme;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RequestSyntaxException;
import io.pkgguard.api.SourceException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code conda} ecosystem as far as pkgguard knows it today: names (conda-build accepts
 * lower-case letters, digits, {@code _ . -}; names are compared lower-cased), requests of the form
 * {@code name} or {@code name==version}, and local conda packages described by their own
 * metadata. Stateless and thread-safe.
 */
public final class CondaEcosystem implements Ecosystem {

  /** The ecosystem id. */
  public static final String ID = PackageId.CONDA;

  private static final Pattern NAME = Pattern.compile("[a-z0-9_][a-z0-9_.\\-]*");
  private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9_.+!]+");

  private static final NameScheme NAMES =
      new NameScheme() {
        @Override
        public String normalize(String name) {
          return name.toLowerCase(Locale.ROOT);
        }

        @Override
        public Optional<String> problem(String name) {
          if (name.isEmpty()) {
            return Optional.of("the name is empty");
          }
          if (name.length() > 200) {
            return Optional.of("the name is longer than 200 characters");
          }
          return NAME.matcher(name.toLowerCase(Locale.ROOT)).matches()
              ? Optional.empty()
              : Optional.of(
                  "a conda package name has only letters, digits, '_', '.' and '-', and"
                      + " does not start with '.' or '-'");
        }
      };

  @Override
  public String id() {
    return ID;
  }

  @Override
  public NameScheme names() {
    return NAMES;
  }

  @Override
  public PackageRequest parseRequest(String spec) throws RequestSyntaxException {
    String text = spec.strip();
    int equals = text.indexOf("==");
    String name = equals < 0 ? text : text.substring(0, equals).strip();
    Optional<String> problem = NAMES.problem(name);
    if (problem.isPresent()) {
      throw new RequestSyntaxException(
          "'" + name + "' is not a conda package name: " + problem.get());
    }
    PackageRequest request = PackageRequest.of(new PackageId(ID, name.toLowerCase(Locale.ROOT)));
    if (equals < 0) {
      return request;
    }
    String version = text.substring(equals + 2).strip();
    if (!VERSION.matcher(version).matches()) {
      throw new RequestSyntaxException(
          "'"
              + version
              + "' after '==' is not a conda version;"
              + " pkgguard reads conda requests as name or name==version (other match specs are"
              + " not supported yet)");
    }
    return request.withVersion(version);
  }

  /** A conda package's {@code info/index.json} and {@code info/about.json}. */
  @Override
  public Optional<PackageMetadata> describe(InspectedDistribution distribution)
      throws SourceException {
    return CondaPackages.describe(distribution);
  }
}
