package io.pkgguard.core.policy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.pkgguard.api.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Reads policies from TOML: a policy file of its own, or the {@code [tool.pkgguard]} table of a
 * {@code pyproject.toml}. The file is laid over the built-in default (tables merge key by key,
 * arrays replace) and validated strictly: an unknown key, a wrong type or an out-of-range value
 * is a {@link ConfigurationException} naming the file, the line, the key and what was expected.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class PolicyLoader {

  /** Policy files larger than this are refused; real ones are a few kilobytes. */
  static final int MAX_POLICY_BYTES = 1 << 20;

  private static final String DEFAULT_RESOURCE = "default-policy.toml";

  private static final TomlMapper MAPPER =
      new TomlMapper(
          TomlFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxNestingDepth(64)
                      .maxStringLength(MAX_POLICY_BYTES)
                      .build())
              .build());

  private static final Policy DEFAULTS = loadDefaults();

  private PolicyLoader() {}

  /** The built-in policy. */
  static Policy defaults() {
    return DEFAULTS;
  }

  /**
   * Reads a policy file: {@code pyproject.toml} is read from its {@code [tool.pkgguard]} table,
   * any other file as a policy of its own.
   *
   * @throws ConfigurationException if the file cannot be read or is not a valid policy
   */
  public static Policy load(Path file) {
    String origin = file.toString();
    byte[] bytes;
    try {
      bytes = io.pkgguard.core.files.RegularFiles.read(file, MAX_POLICY_BYTES);
    } catch (NoSuchFileException e) {
      throw new ConfigurationException(origin + ": no such file");
    } catch (IOException e) {
      throw new ConfigurationException(
          origin
              + ": "
              + e.getMessage()
              + (e.getMessage().startsWith("is larger") ? " A policy is a few kilobytes." : ""),
          e);
    }
    String text = decodeUtf8(bytes, origin);
    boolean pyproject =
        file.getFileName() != null && file.getFileName().toString().equals("pyproject.toml");
    return pyproject ? parsePyproject(text, origin) : parse(text, origin);
  }

  /**
   * Parses policy TOML text laid over the built-in default.
   *
   * @param text the TOML
   * @param origin how to name the text in messages (a file name)
   */
  public static Policy parse(String text, String origin) {
    ObjectNode user = readToml(text, origin);
    return fromUserTree(user, new PolicyValidator.Located(origin, text, List.of()));
  }

  /** Parses the {@code [tool.pkgguard]} table of a {@code pyproject.toml} text. */
  public static Policy parsePyproject(String text, String origin) {
    ObjectNode root = readToml(text, origin);
    JsonNode table = root.path("tool").path("pkgguard");
    if (!table.isObject()) {
      throw new ConfigurationException(
          origin + ": has no [tool.pkgguard] table; add one, or pass a policy file of its own");
    }
    return fromUserTree(
        (ObjectNode) table, new PolicyValidator.Located(origin, text, List.of("tool", "pkgguard")));
  }

  private static Policy fromUserTree(ObjectNode user, PolicyValidator.Located where) {
    PolicyValidator.validate(user, where);
    ObjectNode merged = defaultTree().deepCopy();
    merge(merged, user);
    return PolicyAssembler.build(merged, where.origin(), fingerprintOf(merged));
  }

  private static Policy loadDefaults() {
    ObjectNode tree = defaultTree();
    PolicyValidator.validate(
        tree, new PolicyValidator.Located("built-in policy", defaultText(), List.of()));
    return PolicyAssembler.build(tree, "built-in", fingerprintOf(tree));
  }

  private static ObjectNode defaultTree() {
    return readToml(defaultText(), "built-in policy");
  }

  private static String defaultText() {
    try (InputStream in = PolicyLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String decodeUtf8(byte[] bytes, String origin) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ConfigurationException(origin + ": is not UTF-8 text; TOML files must be UTF-8");
    }
  }

  private static ObjectNode readToml(String text, String origin) {
    if (text.length() > MAX_POLICY_BYTES) {
      throw new ConfigurationException(origin + ": larger than " + MAX_POLICY_BYTES + " bytes");
    }
    try {
      JsonNode node = MAPPER.readTree(text);
      return node instanceof ObjectNode object ? object : MAPPER.createObjectNode();
    } catch (JacksonException e) {
      JsonLocation location = e.getLocation();
      String line =
          location != null && location.getLineNr() > 0
              ? ":" + location.getLineNr() + ":" + location.getColumnNr()
              : "";
      throw new ConfigurationException(
          origin
              + line
              + ": invalid TOML: "
              + e.getOriginalMessage()
              + " (see https://toml.io for the syntax)");
    }
  }

  /**
   * Where a key of a policy is written, for messages about it: {@code file:line} when the policy
   * was loaded from a file that still has the key, otherwise its origin.
   */
  public static String location(Policy policy, List<String> path) {
    Path file;
    try {
      file = Path.of(policy.origin());
    } catch (java.nio.file.InvalidPathException e) {
      return policy.origin();
    }
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_POLICY_BYTES) {
        return policy.origin();
      }
      String text = Files.readString(file, StandardCharsets.UTF_8);
      List<String> full = new ArrayList<>();
      if (file.getFileName().toString().equals("pyproject.toml")) {
        full.addAll(List.of("tool", "pkgguard"));
      }
      full.addAll(path);
      return TomlLineFinder.lineOf(text, full).stream()
          .mapToObj(line -> policy.origin() + ":" + line)
          .findFirst()
          .orElse(policy.origin());
    } catch (IOException | java.io.UncheckedIOException e) {
      return policy.origin();
    }
  }

  private static void merge(ObjectNode target, ObjectNode overlay) {
    overlay
        .fields()
        .forEachRemaining(
            e -> {
              JsonNode existing = target.get(e.getKey());
              if (existing instanceof ObjectNode existingTable
                  && e.getValue() instanceof ObjectNode add) {
                merge(existingTable, add);
              } else {
                target.set(e.getKey(), e.getValue().deepCopy());
              }
            });
  }

  private static String fingerprintOf(ObjectNode tree) {
    return PolicyFingerprint.of(canonical(tree));
  }

  /** The tree as text with keys sorted at every level, so equal policies fingerprint equally. */
  private static String canonical(JsonNode node) {
    if (node.isObject()) {
      var sorted = new TreeMap<String, String>();
      node.fields().forEachRemaining(e -> sorted.put(e.getKey(), canonical(e.getValue())));
      return sorted.toString();
    }
    if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(n -> items.add(canonical(n)));
      return items.toString();
    }
    return node.toString();
  }
}
