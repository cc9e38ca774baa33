package io.pkgguard.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Project documents in PyPI's JSON format ({@code /pypi/<name>/json}) for the rule tester: a
 * project with one release and no files, whose {@code info} fields a test sets.
 */
public final class Projects {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectNode info;

  private Projects(String name) {
    info =
        JSON.createObjectNode()
            .put("name", name)
            .put("version", "1.0")
            .put("summary", "Does one useful thing well");
  }

  /** {@return a project of this name, version 1.0, with an ordinary summary} */
  public static Projects named(String name) {
    return new Projects(name);
  }

  /** {@return this project with {@code info.<field>} set (null: JSON null)} */
  public Projects with(String field, String value) {
    info.put(field, value);
    return this;
  }

  /** {@return this project with this summary} */
  public Projects summary(String value) {
    return with("summary", value);
  }

  /** {@return this project with these classifiers} */
  public Projects classifiers(String... values) {
    ArrayNode array = info.putArray("classifiers");
    List.of(values).forEach(array::add);
    return this;
  }

  /** {@return the document} */
  public String json() {
    ObjectNode project = JSON.createObjectNode();
    project.set("info", info);
    project.putObject("releases").putArray(info.path("version").asText());
    project.putArray("urls");
    return project.toString();
  }
}
