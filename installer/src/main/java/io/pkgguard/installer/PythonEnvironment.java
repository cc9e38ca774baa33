package io.pkgguard.installer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pkgguard.api.TargetEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A Python environment to install into, as its own interpreter describes it: where it keeps
 * packages and scripts, its PEP 508 marker variables (what packages are judged for), whether it is
 * a virtual environment and whether it has pip.
 *
 * @param root the environment's directory ({@code sys.prefix})
 * @param python its interpreter
 * @param purelib where pure-Python packages go
 * @param platlib where packages with extension modules go (often {@code purelib})
 * @param scripts where console scripts go
 * @param virtual whether it is a virtual environment ({@code sys.prefix != sys.base_prefix})
 * @param hasPip whether {@code python -m pip} works in it
 * @param markers its PEP 508 marker variables
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PythonEnvironment(
    Path root,
    Path python,
    Path purelib,
    Path platlib,
    Path scripts,
    boolean virtual,
    boolean hasPip,
    TargetEnvironment markers) {

  /** Asks the interpreter for all of it at once, as JSON on one line. */
  private static final String PROBE =
      String.join(
          "\n",
          "import json, os, platform, sys, sysconfig, importlib.util",
          "def fv(i):",
          "    v = '{0.major}.{0.minor}.{0.micro}'.format(i)",
          "    if i.releaselevel != 'final':",
          "        v += i.releaselevel[0] + str(i.serial)",
          "    return v",
          "p = sysconfig.get_paths()",
          "m = {'implementation_name': sys.implementation.name,",
          "     'implementation_version': fv(sys.implementation.version),",
          "     'os_name': os.name, 'platform_machine': platform.machine(),",
          "     'platform_release': platform.release(), 'platform_system': platform.system(),",
          "     'platform_version': platform.version(),",
          "     'python_full_version': platform.python_version(),",
          "     'platform_python_implementation': platform.python_implementation(),",
          "     'python_version': '.'.join(platform.python_version_tuple()[:2]),",
          "     'sys_platform': sys.platform}",
          "print(json.dumps({'prefix': sys.prefix, 'base_prefix': sys.base_prefix,",
          "  'executable': sys.executable, 'purelib': p['purelib'], 'platlib': p['platlib'],",
          "  'scripts': p['scripts'], 'pip': importlib.util.find_spec('pip') is not None,",
          "  'markers': m}))");

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Creates the value, checking its components.
   *
   * @param root the environment's directory
   * @param python its interpreter
   * @param purelib where pure-Python packages go
   * @param platlib where packages with extension modules go
   * @param scripts where console scripts go
   * @param virtual whether it is a virtual environment
   * @param hasPip whether it has pip
   * @param markers its marker variables
   */
  public PythonEnvironment {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(python, "python");
    Objects.requireNonNull(purelib, "purelib");
    Objects.requireNonNull(platlib, "platlib");
    Objects.requireNonNull(scripts, "scripts");
    Objects.requireNonNull(markers, "markers");
  }

  /**
   * The virtual environment in {@code directory}, created with {@code creator -m venv} if the
   * directory does not exist or is empty.
   *
   * @param directory the environment
   * @param creator the interpreter that creates it ({@code python3})
   * @param deadline how long creating or asking it may take
   * @return the environment
   * @throws InstallException if the directory is a file, holds something that is not a virtual
   *     environment, cannot be created or written, or its interpreter does not work
   * @throws InterruptedException if the calling thread is interrupted
   */
  public static PythonEnvironment virtualEnvironment(
      Path directory, Path creator, Duration deadline)
      throws InstallException, InterruptedException {
    Path dir = directory.toAbsolutePath().normalize();
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new InstallException(
          InstallException.Step.ENVIRONMENT,
          dir
              + " is a file, not a"
              + " virtual environment; give a directory (it is created if missing)");
    }
    if (!Files.exists(dir) || isEmpty(dir)) {
      ProcessRunner.Result created =
          ProcessRunner.run(
              List.of(creator.toString(), "-I", "-m", "venv", dir.toString()),
              dir.getParent() == null ? Path.of(".") : existing(dir),
              deadline);
      if (!created.succeeded()) {
        throw new InstallException(
            InstallException.Step.ENVIRONMENT,
            "cannot create a virtual"
                + " environment in "
                + dir
                + " with "
                + creator
                + " -m venv: "
                + created.tail(3));
      }
    } else if (!Files.isRegularFile(dir.resolve("pyvenv.cfg"))) {
      throw new InstallException(
          InstallException.Step.ENVIRONMENT,
          dir
              + " is not a virtual"
              + " environment (it has no pyvenv.cfg); give an empty or new directory, or one made"
              + " with python3 -m venv");
    }
    if (!Files.isWritable(dir)) {
      throw new InstallException(InstallException.Step.ENVIRONMENT, dir + " is not writable");
    }
    Path python = interpreterOf(dir);
    PythonEnvironment environment = probe(python, deadline);
    if (!environment.virtual()) {
      throw new InstallException(
          InstallException.Step.ENVIRONMENT,
          python + " does not run as" + " a virtual environment");
    }
    return environment;
  }

  /**
   * An existing virtual environment, as its interpreter describes it; nothing is created.
   *
   * @param directory the environment
   * @param deadline how long asking it may take
   * @return the environment
   * @throws InstallException if the directory does not exist, is not a virtual environment
   *     (no {@code pyvenv.cfg}), or its interpreter does not work
   * @throws InterruptedException if the calling thread is interrupted
   */
  public static PythonEnvironment existingVirtualEnvironment(Path directory, Duration deadline)
      throws InstallException, InterruptedException {
    Path dir = directory.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new InstallException(
          InstallException.Step.ENVIRONMENT,
          dir + " is not a" + " directory: give an existing virtual environment");
    }
    if (!Files.isRegularFile(dir.resolve("pyvenv.cfg"))) {
      throw new InstallException(
          InstallException.Step.ENVIRONMENT,
          dir
              + " is not a virtual"
              + " environment (it has no pyvenv.cfg); give one made with python3 -m venv, or the"
              + " interpreter with --python");
    }
    return probe(interpreterOf(dir), deadline);
  }

  /**
   * The environment an interpreter runs in, as it says.
   *
   * @param python the interpreter
   * @param deadline how long asking may take
   * @return the environment
   * @throws InstallException if it cannot be run or does not answer
   * @throws InterruptedException if the calling thread is interrupted
   */
  public static PythonEnvironment probe(Path python, Duration deadline)
      throws InstallException, InterruptedException {
    if (!Files.isExecutable(python)) {
      throw new InstallException(
          InstallException.Step.ENVIRONMENT,
          python + " is not an" + " executable Python interpreter");
    }
    ProcessRunner.Result result =
        ProcessRunner.run(
            List.of(python.toString(), "-I", "-c", PROBE),
            Path.of(System.getProperty("java.io.tmpdir")),
            deadline);
    JsonNode answer = null;
    for (String line : result.output().lines().toList()) {
      if (line.startsWith("{")) {
        try {
          answer = JSON.readTree(line);
        } catch (IOException e) {
          answer = null;
        }
      }
    }
    if (!result.succeeded() || answer == null || !answer.path("markers").isObject()) {
      throw new InstallException(
          InstallException.Step.ENVIRONMENT,
          python + " does not work" + " as a Python 3 interpreter: " + result.tail(3));
    }
    Map<String, String> markers = new HashMap<>();
    answer
        .path("markers")
        .fields()
        .forEachRemaining(e -> markers.put(e.getKey(), e.getValue().asText()));
    return new PythonEnvironment(
        Path.of(answer.path("prefix").asText()),
        python,
        Path.of(answer.path("purelib").asText()),
        Path.of(answer.path("platlib").asText()),
        Path.of(answer.path("scripts").asText()),
        !answer.path("prefix").asText().equals(answer.path("base_prefix").asText()),
        answer.path("pip").asBoolean(),
        TargetEnvironment.of(markers));
  }

  /** {@return the directories packages are installed in: purelib, and platlib if it differs} */
  public List<Path> sitePackages() {
    return purelib.equals(platlib) ? List.of(purelib) : List.of(purelib, platlib);
  }

  /** {@return the directory pkgguard keeps its own state of this environment in} */
  public Path stateDirectory() {
    return root.resolve(".pkgguard");
  }

  private static Path interpreterOf(Path venv) {
    Path windows = venv.resolve("Scripts").resolve("python.exe");
    return Files.exists(windows) ? windows : venv.resolve("bin").resolve("python");
  }

  private static boolean isEmpty(Path dir) throws InstallException {
    try (var entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new InstallException(
          InstallException.Step.ENVIRONMENT, "cannot read " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The nearest existing ancestor, to run venv from. */
  private static Path existing(Path dir) {
    Path p = dir.getParent();
    while (p != null && !Files.isDirectory(p)) {
      p = p.getParent();
    }
    return p == null ? Path.of(".") : p;
  }
}
