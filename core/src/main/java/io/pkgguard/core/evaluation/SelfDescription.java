package io.pkgguard.core.evaluation;

import io.pkgguard.api.Ecosystem;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.api.PackageMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An index's metadata completed with what the package's own files say, for ecosystems whose
 * index leaves descriptions out ({@link Ecosystem#indexOmitsDescriptions()}): only fields the
 * index left empty are filled, so the index's facts always win. A file the ecosystem cannot read
 * leaves the metadata as it was; the content rules report the file.
 */
final class SelfDescription {

  private static final Logger LOG = LoggerFactory.getLogger(SelfDescription.class);

  private SelfDescription() {}

  static PackageMetadata fill(
      PackageMetadata metadata, List<InspectedDistribution> files, Ecosystem ecosystem) {
    for (InspectedDistribution file : files) {
      Optional<PackageMetadata> own;
      try {
        own = ecosystem.describe(file);
      } catch (Exception e) {
        LOG.debug("{} does not describe itself: {}", file.file().filename(), e.getMessage());
        continue;
      }
      if (own.isPresent()) {
        return merged(metadata, own.get());
      }
    }
    return metadata;
  }

  private static PackageMetadata merged(PackageMetadata index, PackageMetadata own) {
    Map<String, String> urls = new LinkedHashMap<>(own.projectUrls());
    urls.putAll(index.projectUrls());
    return index.toBuilder()
        .summary(index.summary().isBlank() ? own.summary() : index.summary())
        .description(index.description().isBlank() ? own.description() : index.description())
        .author(index.author().or(own::author))
        .authorEmail(index.authorEmail().or(own::authorEmail))
        .maintainer(index.maintainer().or(own::maintainer))
        .maintainerEmail(index.maintainerEmail().or(own::maintainerEmail))
        .license(index.license().or(own::license))
        .homePage(index.homePage().or(own::homePage))
        .projectUrls(urls)
        .build();
  }
}
