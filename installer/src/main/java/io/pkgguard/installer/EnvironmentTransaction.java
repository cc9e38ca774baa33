package io.pkgguard.installer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One change of an environment at a time, undoable even after a crash. It holds the environment's
 * lock (a file lock in its state directory: a second installation waits, then refuses; it never
 * interleaves); before anything changes it takes a snapshot and writes a journal naming it. If a
 * process dies with a journal in place, the next one to take the lock restores that snapshot
 * first. Committing or rolling back removes both.
 */
final class EnvironmentTransaction implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String JOURNAL = "transaction.json";

  private final PythonEnvironment environment;
  private final Path state;
  private final FileChannel channel;
  private final FileLock lock;
  private EnvironmentSnapshot snapshot;
  private Path directory;

  private EnvironmentTransaction(
      PythonEnvironment environment, Path state, FileChannel channel, FileLock lock) {
    this.environment = environment;
    this.state = state;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the environment's lock, waiting up to {@code wait} for another installation.
   *
   * @throws InstallException if it stays taken, or the state directory cannot be written
   * @throws InterruptedException if interrupted while waiting
   */
  static EnvironmentTransaction lock(PythonEnvironment environment, Duration wait)
      throws InstallException, InterruptedException {
    Path state = environment.stateDirectory();
    FileChannel channel;
    try {
      Files.createDirectories(state);
      channel =
          FileChannel.open(
              state.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new InstallException(
          InstallException.Step.ENVIRONMENT,
          "cannot write pkgguard's" + " state in " + state + ": " + e.getMessage(),
          e);
    }
    Instant until = Instant.now().plus(wait);
    while (true) {
      FileLock lock = null;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // this process holds it already, in another installation
      } catch (IOException e) {
        close(channel);
        throw new InstallException(
            InstallException.Step.LOCK, "cannot lock " + state + ": " + e.getMessage(), e);
      }
      if (lock != null) {
        return new EnvironmentTransaction(environment, state, channel, lock);
      }
      if (!Instant.now().isBefore(until)) {
        close(channel);
        throw new InstallException(
            InstallException.Step.LOCK,
            "another pkgguard installation"
                + " is changing "
                + environment.root()
                + "; it waited "
                + wait.toSeconds()
                + " s"
                + " ([install] lock-wait-ms). Try again when that one is done");
      }
      Thread.sleep(200);
    }
  }

  /**
   * Restores what an installation that died left half done, if anything.
   *
   * @return what was restored, for the audit log; empty if nothing was pending
   * @throws InstallException if it cannot be restored
   */
  Optional<String> recover() throws InstallException {
    Path journal = state.resolve(JOURNAL);
    try {
      if (!Files.isRegularFile(journal)) {
        removeStrays(Optional.empty());
        return Optional.empty();
      }
      JsonNode node = JSON.readTree(journal.toFile());
      Path dir = state.resolve(node.path("directory").asText("missing"));
      EnvironmentSnapshot pending =
          EnvironmentSnapshot.load(
              environment.root(), dir.resolve("snapshot"), state, dir.resolve("listing.json"));
      pending.restore();
      pending.discard();
      Files.delete(journal);
      removeStrays(Optional.empty());
      return Optional.of(
          "restored "
              + environment.root()
              + " as it was before an installation"
              + " started "
              + node.path("started").asText()
              + " that did not finish");
    } catch (IOException | RuntimeException e) {
      throw new InstallException(
          InstallException.Step.ROLLBACK,
          "an earlier installation into "
              + environment.root()
              + " did not finish, and the environment cannot be restored: "
              + e.getMessage()
              + ". Recreate the environment",
          e);
    }
  }

  /**
   * Takes the snapshot and writes the journal: from now on, a crash is undone by the next run.
   *
   * @return this transaction's working directory (for staged files)
   * @throws InstallException if the snapshot cannot be taken (nothing has changed)
   */
  Path begin() throws InstallException {
    directory = state.resolve("txn-" + UUID.randomUUID());
    try {
      snapshot = EnvironmentSnapshot.take(environment.root(), directory.resolve("snapshot"), state);
      snapshot.save(directory.resolve("listing.json"));
      Path temporary = state.resolve(JOURNAL + ".tmp");
      JSON.writeValue(
          temporary.toFile(),
          JSON.createObjectNode()
              .put("directory", state.relativize(directory).toString())
              .put("started", Instant.now().toString())
              .put("pid", ProcessHandle.current().pid()));
      Files.move(
          temporary,
          state.resolve(JOURNAL),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
      return directory;
    } catch (IOException e) {
      discardQuietly();
      throw new InstallException(
          InstallException.Step.ENVIRONMENT,
          "cannot take a snapshot of "
              + environment.root()
              + " before installing: "
              + e.getMessage(),
          e);
    }
  }

  /** Keeps the changes: the snapshot and journal go. */
  void commit() throws IOException {
    Files.deleteIfExists(state.resolve(JOURNAL));
    discardQuietly();
  }

  /**
   * Undoes the changes: the environment is put back exactly as the snapshot lists it.
   *
   * @throws InstallException if it cannot be (the journal stays, so a later run tries again)
   */
  void rollback() throws InstallException {
    if (snapshot == null) {
      return;
    }
    try {
      snapshot.restore();
    } catch (IOException | RuntimeException e) {
      throw new InstallException(
          InstallException.Step.ROLLBACK,
          "the environment "
              + environment.root()
              + " could not be restored: "
              + e.getMessage()
              + ". The next"
              + " pkgguard install or audit tries again; otherwise recreate the environment",
          e);
    }
    try {
      Files.deleteIfExists(state.resolve(JOURNAL));
    } catch (IOException e) {
      // restored; a journal left behind makes the next run restore the same state again
    }
    discardQuietly();
  }

  /** {@return the snapshot's listing, for verification} */
  EnvironmentSnapshot snapshot() {
    return snapshot;
  }

  private void discardQuietly() {
    try {
      if (directory != null) {
        EnvironmentSnapshot.deleteTree(directory);
      }
    } catch (IOException e) {
      // a stray directory is removed by the next run
    }
  }

  /** Working directories of runs that died (before they wrote their journal, or after). */
  private void removeStrays(Optional<Path> keep) throws IOException {
    try (var entries = Files.list(state)) {
      for (Path p :
          entries
              .filter(
                  p ->
                      p.getFileName().toString().startsWith("txn-")
                          || p.getFileName().toString().startsWith("stage-"))
              .toList()) {
        if (keep.isEmpty() || !keep.get().equals(p)) {
          EnvironmentSnapshot.deleteTree(p);
        }
      }
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // closing the channel releases it too
    }
    close(channel);
  }

  private static void close(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // nothing more to release
    }
  }
}
