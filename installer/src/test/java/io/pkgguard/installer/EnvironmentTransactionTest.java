package io.pkgguard.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change of an environment that a crash interrupts is undone by the next run: the snapshot and
 * its journal outlive the process, and whoever takes the lock next restores it.
 */
class EnvironmentTransactionTest {

  @TempDir Path dir;

  @Test
  void aRunThatDiesMidChangeIsUndoneByTheNextOneToTakeTheLock() throws Exception {
    PythonEnvironment environment = Environments.fresh(dir.resolve("venv"));
    Path module = environment.purelib().resolve("kept.py");
    Files.writeString(module, "ORIGINAL = True\n");
    Map<String, String> before = Environments.listing(environment);

    EnvironmentTransaction dying = EnvironmentTransaction.lock(environment, Duration.ZERO);
    dying.begin();
    // What pip does: replace a file (unlink, write), add files and directories, remove one.
    Files.delete(module);
    Files.writeString(module, "REPLACED = True\n");
    Files.createDirectories(environment.purelib().resolve("newpkg"));
    Files.writeString(environment.purelib().resolve("newpkg/__init__.py"), "");
    Files.writeString(environment.purelib().resolve("evil.pth"), "import os\n");
    Files.delete(environment.purelib().resolve("distutils-precedence.pth"));
    dying.close(); // the process is gone: its lock is released, its journal is not

    try (EnvironmentTransaction next = EnvironmentTransaction.lock(environment, Duration.ZERO)) {
      assertThat(next.recover())
          .hasValueSatisfying(s -> assertThat(s).contains("did not" + " finish"));
    }

    assertThat(Environments.listing(environment)).isEqualTo(before);
    assertThat(module).hasContent("ORIGINAL = True");
    try (var left = Files.list(environment.stateDirectory())) {
      assertThat(left.map(p -> p.getFileName().toString())).containsOnly("lock");
    }
  }

  @Test
  void aFileChangedInPlaceIsNamedNotSilentlyKept() throws Exception {
    PythonEnvironment environment = Environments.fresh(dir.resolve("venv"));
    Path module = environment.purelib().resolve("kept.py");
    Files.writeString(module, "ORIGINAL = True\n");

    try (EnvironmentTransaction transaction =
        EnvironmentTransaction.lock(environment, Duration.ZERO)) {
      transaction.begin();
      // Rewriting the same file (same inode) changes the snapshot's second name too.
      Files.writeString(module, "REWRITTEN IN PLACE = True\n");

      org.assertj.core.api.Assertions.assertThatThrownBy(transaction::rollback)
          .isInstanceOf(InstallException.class)
          .hasMessageContaining("kept.py was changed in place");
    }
  }
}
