package dev.cmdguard.cli;

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
import java.util.List;
import java.util.Optional;

/**
 * Turns {@code scan} input lines into {@link ScanItem}s. A JSON line is one object:
 *
 * <pre>
 * {"id": "7" | 7, "script": "rm -rf build" | "argv": ["rm", "-rf", "build"],
 *  "cwd": "/home/dev/project", "home": "/home/dev", "user": "dev", "profile": "high"}
 * </pre>
 *
 * Exactly one of {@code script} and {@code argv} (a non-empty array of strings); the rest is
 * optional and defaults to the command line's {@code --cwd}, {@code --home}, {@code --user}, {@code
 * --profile}. A relative {@code cwd} or {@code home} is resolved against {@code --cwd}. Other
 * fields are ignored, so labelled records can be scanned as they are. A duplicate field, a value of
 * the wrong type, a NUL character, or anything that is not one JSON object makes the line
 * malformed. With {@code --lines} each line is a script.
 */
final class ScanLines {
  private static final JsonFactory JSON =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final Defaults defaults;

  /**
   * The context of lines that do not give their own.
   *
   * @param cwd absolute working directory
   * @param home absolute home directory
   * @param user login name
   * @param profile the {@code --profile} given, if any
   * @param shownProfile the profile a malformed line's decision names
   */
  record Defaults(
      String cwd, String home, String user, Optional<Profile> profile, Profile shownProfile) {}

  ScanLines(Defaults defaults) {
    this.defaults = defaults;
  }

  /** A line read with {@code --lines}: the whole line is a script. */
  ScanItem script(LineReader.Line line) {
    if (line.problem().isPresent()) {
      return malformed(line, Optional.empty(), line.problem().get());
    }
    EvaluationRequest request =
        EvaluationRequest.script(line.text(), defaults.cwd(), defaults.home(), defaults.user());
    return new ScanItem.Command(Optional.empty(), withProfile(request, defaults.profile()));
  }

  /** A JSON Lines line. */
  ScanItem json(LineReader.Line line) {
    Fields fields = new Fields();
    String problem;
    try {
      problem = parse(line.text(), fields);
    } catch (JsonParseException e) {
      String message = e.getOriginalMessage().replace('\n', ' ');
      problem = "not valid JSON at column " + e.getLocation().getColumnNr() + ": " + message;
    } catch (IOException e) {
      problem = "not valid JSON: " + e.getMessage();
    }
    if (line.problem().isPresent()) {
      return malformed(line, fields.id, line.problem().get());
    }
    if (problem == null) {
      problem = check(fields);
    }
    if (problem != null) {
      return malformed(line, fields.id, problem);
    }
    return new ScanItem.Command(fields.id, request(fields));
  }

  /** The values of one line's fields, as read. */
  private static final class Fields {
    Optional<DecisionJson.Id> id = Optional.empty();
    String script;
    List<String> argv;
    String cwd;
    String home;
    String user;
    String profile;
  }

  /** Reads the object into {@code f}; returns the first problem, or null. */
  private static String parse(String text, Fields f) throws IOException {
    try (JsonParser p = JSON.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return "empty line, expected a JSON object";
      }
      if (first != JsonToken.START_OBJECT) {
        return "not a JSON object";
      }
      String problem = null;
      for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        String wrong = field(name, value, p, f);
        if (problem == null) {
          problem = wrong;
        }
      }
      if (p.nextToken() != null) {
        return "more than one JSON value on the line";
      }
      return problem;
    }
  }

  /** Reads one field's value; returns a problem with its type, or null. */
  private static String field(String name, JsonToken value, JsonParser p, Fields f)
      throws IOException {
    switch (name) {
      case "id" -> {
        if (value == JsonToken.VALUE_STRING) {
          f.id = Optional.of(new DecisionJson.Id(p.getText(), false));
        } else if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
          f.id = Optional.of(new DecisionJson.Id(p.getText(), true));
        } else {
          p.skipChildren();
          return "id must be a string or a number";
        }
      }
      case "argv" -> {
        return argv(value, p, f);
      }
      case "script", "cwd", "home", "user", "profile" -> {
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
          default -> f.profile = text;
        }
      }
      default -> p.skipChildren();
    }
    return null;
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

  /** The rules a well-formed line must still follow; returns the first broken one, or null. */
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
    if (f.script != null && f.script.indexOf('\0') >= 0) {
      return "script contains a NUL character at offset " + f.script.indexOf('\0');
    }
    if (f.argv != null && f.argv.stream().anyMatch(a -> a.indexOf('\0') >= 0)) {
      return "argv contains a NUL character";
    }
    for (String[] field : new String[][] {{"cwd", f.cwd}, {"home", f.home}, {"user", f.user}}) {
      if (field[1] != null && (field[1].isEmpty() || field[1].indexOf('\0') >= 0)) {
        return field[0] + " must be a non-empty string without NUL characters";
      }
    }
    if (f.profile != null) {
      try {
        Profile.parse(f.profile);
      } catch (IllegalArgumentException e) {
        return e.getMessage();
      }
    }
    return null;
  }

  private EvaluationRequest request(Fields f) {
    Path base = Path.of(defaults.cwd());
    String cwd = f.cwd == null ? defaults.cwd() : ContextOptions.absolute(base, f.cwd);
    String home = f.home == null ? defaults.home() : ContextOptions.absolute(base, f.home);
    String user = f.user == null ? defaults.user() : f.user;
    EvaluationRequest request =
        f.script != null
            ? EvaluationRequest.script(f.script, cwd, home, user)
            : EvaluationRequest.argv(f.argv, cwd, home, user);
    Optional<Profile> profile =
        f.profile == null ? defaults.profile() : Optional.of(Profile.parse(f.profile));
    return withProfile(request, profile);
  }

  private static EvaluationRequest withProfile(
      EvaluationRequest request, Optional<Profile> profile) {
    return profile.isPresent() ? request.withProfile(profile.get()) : request;
  }

  private ScanItem malformed(LineReader.Line line, Optional<DecisionJson.Id> id, String problem) {
    String reason =
        "input line " + line.number() + ": " + problem + "; the command was not evaluated";
    return new ScanItem.Malformed(id, reason, defaults.shownProfile());
  }
}
