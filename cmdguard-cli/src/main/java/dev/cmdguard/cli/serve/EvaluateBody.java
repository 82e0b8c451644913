package dev.cmdguard.cli.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.cmdguard.EvaluationRequest;
import dev.cmdguard.Profile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the body of {@code POST /v1/evaluate}: one JSON object,
 *
 * <pre>
 * {"script": "rm -rf build" | "argv": ["rm", "-rf", "build"], "cwd": "/home/dev/project",
 *  "home"?: "/home/dev", "user"?: "dev", "profile"?: "high", "agent"?: "claude-code",
 *  "session"?: "abc123", "env"?: {"NAME": "value"}}
 * </pre>
 *
 * Exactly one of {@code script} and {@code argv} (a non-empty array of strings); {@code cwd} is
 * required and absolute (a service has no working directory of its own to resolve against); {@code
 * home} and {@code user} default to the service's own. Unlike {@code scan}, an unknown field is an
 * error: a misspelt {@code "proflie"} must not silently give a weaker profile. A duplicate field, a
 * wrong type or a NUL character is an error too.
 */
final class EvaluateBody {
  private static final JsonFactory JSON =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private EvaluateBody() {}

  /** What a body holds: a request to evaluate, or why it cannot be evaluated. */
  sealed interface Parsed {}

  /** A usable request. */
  record Valid(EvaluationRequest request) implements Parsed {}

  /**
   * A body that cannot be evaluated.
   *
   * @param problem one sentence naming the field and what is wrong with it
   */
  record Invalid(String problem) implements Parsed {}

  /** The values of the body's fields, as read. */
  private static final class Fields {
    String script;
    List<String> argv;
    String cwd;
    String home;
    String user;
    String profile;
    String agent = "";
    String session = "";
    Map<String, String> env = Map.of();
  }

  /**
   * Parses {@code body} (UTF-8 JSON).
   *
   * @param home the home directory when the body names none
   * @param user the user name when the body names none
   */
  static Parsed parse(byte[] body, String home, String user) {
    Fields f = new Fields();
    String problem;
    try {
      problem = read(body, f);
    } catch (JsonParseException e) {
      String message = e.getOriginalMessage().replace('\n', ' ');
      problem = "not valid JSON at column " + e.getLocation().getColumnNr() + ": " + message;
    } catch (IOException e) {
      problem = "not valid JSON: " + e.getMessage();
    }
    if (problem == null) {
      problem = check(f);
    }
    return problem != null ? new Invalid(problem) : new Valid(request(f, home, user));
  }

  private static String read(byte[] body, Fields f) throws IOException {
    try (JsonParser p = JSON.createParser(body)) {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        return first == null ? "empty body, expected a JSON object" : "not a JSON object";
      }
      String problem = null;
      for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
        String name = p.currentName();
        String wrong = field(name, p.nextToken(), p, f);
        problem = problem == null ? wrong : problem;
      }
      return p.nextToken() != null ? "more than one JSON value in the body" : problem;
    }
  }

  /** Reads one field's value; returns a problem naming it, or null. */
  private static String field(String name, JsonToken value, JsonParser p, Fields f)
      throws IOException {
    switch (name) {
      case "argv" -> {
        return argv(value, p, f);
      }
      case "env" -> {
        return env(value, p, f);
      }
      case "script", "cwd", "home", "user", "profile", "agent", "session" -> {
        if (value != JsonToken.VALUE_STRING) {
          p.skipChildren();
          return name + " must be a string";
        }
        String text = p.getText();
        switch (name) {
          case "script" -> f.script = text;
          case "cwd" -> f.cwd = text;
          case "home" -> f.home = text;
          case "user" -> f.user = text;
          case "profile" -> f.profile = text;
          case "agent" -> f.agent = text;
          default -> f.session = text;
        }
        return null;
      }
      default -> {
        p.skipChildren();
        return "unknown field '"
            + name
            + "' (expected script or argv, cwd, home, user, profile,"
            + " agent, session, env)";
      }
    }
  }

  private static String argv(JsonToken value, JsonParser p, Fields f) throws IOException {
    if (value != JsonToken.START_ARRAY) {
      p.skipChildren();
      return "argv must be an array of strings";
    }
    List<String> words = new ArrayList<>();
    String problem = null;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == JsonToken.VALUE_STRING) {
        words.add(p.getText());
      } else {
        p.skipChildren();
        problem = "argv must be an array of strings";
      }
    }
    f.argv = words;
    return problem;
  }

  private static String env(JsonToken value, JsonParser p, Fields f) throws IOException {
    if (value != JsonToken.START_OBJECT) {
      p.skipChildren();
      return "env must be an object of strings";
    }
    Map<String, String> variables = new LinkedHashMap<>();
    String problem = null;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      String name = p.currentName();
      if (p.nextToken() == JsonToken.VALUE_STRING) {
        variables.put(name, p.getText());
      } else {
        p.skipChildren();
        problem = "env." + name + " must be a string";
      }
    }
    f.env = variables;
    return problem;
  }

  /** The rules a well-formed body must still follow; returns the first broken one, or null. */
  private static String check(Fields f) {
    if (f.script == null && f.argv == null) {
      return "neither script nor argv";
    }
    if (f.script != null && f.argv != null) {
      return "both script and argv; give one";
    }
    if (f.argv != null && f.argv.isEmpty()) {
      return "argv is empty";
    }
    if (f.cwd == null) {
      return "cwd is missing (the absolute directory the command would start in)";
    }
    List<String> texts = new ArrayList<>();
    texts.add(f.script == null ? "" : f.script);
    texts.addAll(f.argv == null ? List.of() : f.argv);
    texts.addAll(f.env.keySet());
    texts.addAll(f.env.values());
    if (texts.stream().anyMatch(t -> t.indexOf('\0') >= 0)) {
      return "script, argv or env contains a NUL character";
    }
    for (String[] dir : new String[][] {{"cwd", f.cwd}, {"home", f.home}}) {
      if (dir[1] != null && (!dir[1].startsWith("/") || dir[1].indexOf('\0') >= 0)) {
        return dir[0] + " must be an absolute path without NUL characters: " + dir[1];
      }
    }
    for (String[] text :
        new String[][] {{"user", f.user}, {"agent", f.agent}, {"session", f.session}}) {
      if (text[1] != null && text[1].indexOf('\0') >= 0) {
        return text[0] + " contains a NUL character";
      }
    }
    return f.profile == null ? null : profileProblem(f.profile);
  }

  private static String profileProblem(String label) {
    try {
      Profile.parse(label);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  private static EvaluationRequest request(Fields f, String home, String user) {
    String dir = normal(f.cwd);
    String homeDir = f.home == null ? home : normal(f.home);
    String name = f.user == null ? user : f.user;
    EvaluationRequest request =
        f.script != null
            ? EvaluationRequest.script(f.script, dir, homeDir, name)
            : EvaluationRequest.argv(f.argv, dir, homeDir, name);
    request = request.from(f.agent, f.session).withEnvironment(f.env);
    return f.profile == null ? request : request.withProfile(Profile.parse(f.profile));
  }

  /** {@code /a/./b/../c} is {@code /a/c}, as the CLI's {@code --cwd} is normalised. */
  private static String normal(String absolute) {
    return Path.of(absolute).normalize().toString();
  }
}
