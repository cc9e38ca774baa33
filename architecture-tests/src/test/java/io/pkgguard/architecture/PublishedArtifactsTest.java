package io.pkgguard.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The artifacts a host declares: the BOM pins every published module at the reactor's version,
 * and the starter brings the common case.
 */
class PublishedArtifactsTest {

  private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");
  private static final List<String> UNPUBLISHED =
      List.of(
          "pkgguard-parent",
          "pkgguard-examples",
          "pkgguard-architecture-tests",
          "pkgguard-benchmarks",
          "pkgguard-bom",
          "pkgguard-fuzz-tests",
          "example-blocked-projects-rule");

  private static String pom(String module) throws Exception {
    return Files.readString(Path.of("..", module, "pom.xml"));
  }

  private static String version(String pom) {
    Matcher m = Pattern.compile("<version>([^<]+)</version>").matcher(pom);
    m.find();
    return m.group(1);
  }

  private static List<String> artifacts(String xml) {
    Matcher m = ARTIFACT.matcher(xml);
    List<String> found = new java.util.ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void theBomPinsEveryPublishedModuleAtTheReactorsVersion() throws Exception {
    String parent = pom(".");
    String bom = pom("bom");
    assertThat(version(bom.substring(bom.indexOf("<artifactId>pkgguard-bom"))))
        .isEqualTo(version(parent.substring(parent.indexOf("<artifactId>pkgguard-parent"))));
    List<String> published =
        Pattern.compile("<module>([^<]+)</module>")
            .matcher(parent)
            .results()
            .map(r -> r.group(1))
            .map(
                module -> {
                  try {
                    String child = pom(module);
                    return artifacts(
                            child.substring(
                                child.indexOf("</parent>") < 0 ? 0 : child.indexOf("</parent>")))
                        .get(0);
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                })
            .filter(a -> !UNPUBLISHED.contains(a))
            .collect(Collectors.toList());
    String managed =
        bom.substring(
            bom.indexOf("<dependencyManagement>"), bom.indexOf("</dependencyManagement>"));

    assertThat(artifacts(managed)).containsExactlyInAnyOrderElementsOf(published);
    assertThat(managed).doesNotContain("jackson", "junit", "slf4j");
  }

  @Test
  void theStarterBringsTheCoreTheBuiltInRulesPypiOsvAndTheEmbeddedStore() throws Exception {
    String starter = pom("starter");
    assertThat(
            artifacts(
                starter.substring(
                    starter.indexOf("<dependencies>"), starter.indexOf("</dependencies>"))))
        .containsExactly(
            "pkgguard-core",
            "pkgguard-rules-builtin",
            "pkgguard-source-pypi",
            "pkgguard-advisories-osv",
            "pkgguard-store-sqlite");
  }
}
