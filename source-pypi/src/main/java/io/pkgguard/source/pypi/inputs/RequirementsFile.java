package io.pkgguard.source.pypi.inputs;

import java.util.List;
import java.util.Objects;

/**
 * A requirements file as pip reads it, with everything it includes.
 *
 * @param requirements the requirements and constraints, in reading order; unmodifiable
 * @param indexes the options that change where packages come from; unmodifiable
 * @param globalOptions the other global options, as written ({@code --pre}, {@code
 *     --require-hashes}, …); unmodifiable
 * @param files the files read, the given one first; unmodifiable
 */
public record RequirementsFile(
    List<RequirementLine> requirements,
    List<IndexOption> indexes,
    List<String> globalOptions,
    List<String> files) {

  public RequirementsFile {
    requirements = List.copyOf(Objects.requireNonNull(requirements, "requirements"));
    indexes = List.copyOf(Objects.requireNonNull(indexes, "indexes"));
    globalOptions = List.copyOf(Objects.requireNonNull(globalOptions, "globalOptions"));
    files = List.copyOf(Objects.requireNonNull(files, "files"));
  }
}
