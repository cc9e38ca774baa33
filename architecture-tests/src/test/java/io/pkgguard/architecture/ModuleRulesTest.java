package io.pkgguard.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module and package rules of docs/architecture.md, checked on the production classes. */
class ModuleRulesTest {

  private static JavaClasses production;

  @BeforeAll
  static void importClasses() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.pkgguard");
  }

  @Test
  void theRulesSeeEveryModule() {
    for (String name :
        new String[] {
          "io.pkgguard.api.SecurityRule",
          "io.pkgguard.core.Guard",
          "io.pkgguard.rules.names.NameFormatRule",
          "io.pkgguard.source.pypi.PypiEcosystem",
          "io.pkgguard.advisories.osv.OsvApiSourceProvider",
          "io.pkgguard.cli.Main",
          "io.pkgguard.report.SarifReport",
          "io.pkgguard.examples.EmbeddingExample",
          "io.pkgguard.testkit.RuleTester"
        }) {
      org.assertj.core.api.Assertions.assertThat(production.contain(name)).as(name).isTrue();
    }
  }

  @Test
  void apiDependsOnTheJdkOnly() {
    ArchRule rule =
        classes()
            .that()
            .resideInAPackage("io.pkgguard.api..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("io.pkgguard.api..", "java..", "org.apiguardian.api..")
            .because(
                "a rule jar compiles against the api alone; @API is a class-retained annotation");
    rule.check(production);
  }

  @Test
  void reportsReadVerdictsNotTheEngine() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("io.pkgguard.report..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.pkgguard.core..", "io.pkgguard.source..", "io.pkgguard.rules..")
            .because(
                "a report writes what the api's verdicts say; a host can use it with any guard");
    rule.check(production);
  }

  @Test
  void everyTypeAHostCanSeeSaysHowStableItIs() {
    ArchRule rule =
        classes()
            .that()
            .resideInAnyPackage(
                "io.pkgguard.api",
                "io.pkgguard.core",
                "io.pkgguard.core.policy",
                "io.pkgguard.core.verdict",
                "io.pkgguard.core.connection",
                "io.pkgguard.core.administration",
                "io.pkgguard.report",
                "io.pkgguard.testkit")
            .and()
            .arePublic()
            .and()
            .areTopLevelClasses()
            .should()
            .beAnnotatedWith(org.apiguardian.api.API.class)
            .because(
                "hosts rely on STABLE types and know EXPERIMENTAL and INTERNAL ones may change,"
                    + " as JUnit 5 marks its own (api and core's exported packages)");
    rule.check(production);
  }

  @Test
  void rulesDoNoIoAndReadNoAmbientState() {
    // Reading a rule's own classpath resources (shipped reference data) is allowed; files the
    // policy names reach rules as content (ParameterDefinition.Type.FILES), never as paths.
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("io.pkgguard.rules..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "java.nio.file..",
                "java.nio.channels..",
                "java.net.http..",
                "java.lang.reflect..",
                "io.pkgguard.core..",
                "io.pkgguard.source..",
                "io.pkgguard.advisories..",
                "io.pkgguard.cli..")
            .orShould()
            .dependOnClassesThat()
            .haveNameMatching(
                "java\\.io\\.(File|FileInputStream|FileOutputStream|FileReader|FileWriter"
                    + "|RandomAccessFile|PrintStream)")
            .orShould()
            .dependOnClassesThat()
            .haveNameMatching(
                "java\\.util\\.concurrent\\.(Executor.*|ForkJoin.*|CompletableFuture|.*Thread.*)")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.lang.Thread")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.net.Socket")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.net.URL")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.net.InetAddress")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.lang.ProcessBuilder")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.lang.Runtime")
            .orShould()
            .callMethod(System.class, "getenv", String.class)
            .orShould()
            .callMethod(System.class, "getProperty", String.class)
            .orShould()
            .callMethod(System.class, "currentTimeMillis")
            .orShould()
            .callMethod(java.time.Instant.class, "now")
            .orShould()
            .callMethod(java.time.Clock.class, "systemUTC")
            .because(
                "a rule is a pure function of its context: no I/O, no threads, no clock but"
                    + " the injected one, no system properties");
    rule.check(production);
  }

  @Test
  void sourcesReportFactsAndDecideNothing() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage("io.pkgguard.source..", "io.pkgguard.advisories..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("io.pkgguard.api.Decision")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("io.pkgguard.api.Verdict")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("io.pkgguard.api.Finding")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("io.pkgguard.api.RiskLevel")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("io.pkgguard.api.SecurityRule")
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("io.pkgguard.core..")
            .because("sources only report facts; the core owns the decision");
    rule.check(production);
  }

  @Test
  void sourcesOpenNoConnectionsOfTheirOwn() {
    ArchRule network =
        noClasses()
            .that()
            .resideInAnyPackage("io.pkgguard.source..", "io.pkgguard.advisories..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.net.http..")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.net.Socket")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.net.URL")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.net.HttpURLConnection")
            .because(
                "every request goes through the core's HttpTransport, which enforces trust,"
                    + " limits and deadlines");
    network.check(production);
    ArchRule files =
        noClasses()
            .that()
            .resideInAnyPackage("io.pkgguard.source..", "io.pkgguard.advisories..")
            .and()
            .resideOutsideOfPackage("io.pkgguard.source.conda.channel")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.nio.file..")
            .because(
                "local mirrors are read through the core's HttpTransport too (file: URLs); only"
                    + " the conda channel keeps files of its own: repodata of hundreds of MB that"
                    + " the transport streams to disk (TransportRequest.download) and the index"
                    + " reads back by offset");
    files.check(production);
  }

  @Test
  void nothingDependsOnTheCli() {
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackage("io.pkgguard.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.pkgguard.cli..");
    rule.check(production);
  }

  @Test
  void theCommandsGetEverythingThroughTheGuardNotFromAPluginModule() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("io.pkgguard.cli")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.pkgguard.source..", "io.pkgguard.advisories..")
            .because(
                "a host embedding the guard must get exactly what the commands give (the"
                    + " maintenance tools under io.pkgguard.cli.tools, which prepare the data sources"
                    + " read, are the exception)");
    rule.check(production);
  }

  @Test
  void onlyTheCliAndTheRunnableExamplesWriteToTheTerminal() {
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackage("io.pkgguard.cli..")
            .and()
            .doNotHaveFullyQualifiedName("io.pkgguard.examples.EmbeddingExample")
            .and()
            .doNotHaveFullyQualifiedName("io.pkgguard.examples.LocalFileExample")
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err")
            .orShould()
            .callMethod(Throwable.class, "printStackTrace")
            .because("libraries log through slf4j and print nothing");
    rule.check(production);
  }

  @Test
  void noPackageCycles() {
    slices().matching("io.pkgguard.(**)").should().beFreeOfCycles().check(production);
  }

  @Test
  void coreDependsOnNoPlugin() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("io.pkgguard.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "io.pkgguard.rules..",
                "io.pkgguard.source..",
                "io.pkgguard.advisories..",
                "io.pkgguard.examples..")
            .because("plugins are found through ServiceLoader, never linked");
    rule.check(production);
  }
}
