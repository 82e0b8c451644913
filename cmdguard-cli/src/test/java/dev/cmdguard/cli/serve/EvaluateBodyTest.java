package dev.cmdguard.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.EvaluationRequest;
import dev.cmdguard.Profile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluateBodyTest {
  private static EvaluateBody.Parsed parse(String json) {
    return EvaluateBody.parse(json.getBytes(StandardCharsets.UTF_8), "/home/dev", "dev");
  }

  private static EvaluationRequest valid(String json) {
    EvaluateBody.Parsed parsed = parse(json);
    assertThat(parsed).isInstanceOf(EvaluateBody.Valid.class);
    return ((EvaluateBody.Valid) parsed).request();
  }

  @Test
  void aScriptWithOnlyCwdTakesTheServicesHomeAndUser() {
    EvaluationRequest r = valid("{\"script\": \"rm -rf build\", \"cwd\": \"/home/dev/p\"}");
    assertThat(r.script()).contains("rm -rf build");
    assertThat(r.argv()).isEmpty();
    assertThat(r.cwd()).isEqualTo("/home/dev/p");
    assertThat(r.home()).isEqualTo("/home/dev");
    assertThat(r.user()).isEqualTo("dev");
    assertThat(r.profile()).isEmpty();
    assertThat(r.agent()).isEmpty();
    assertThat(r.session()).isEmpty();
    assertThat(r.environment()).isEmpty();
  }

  @Test
  void everyFieldIsRead() {
    EvaluationRequest r =
        valid(
            "{\"argv\": [\"git\", \"push\", \"-f\"], \"cwd\": \"/w/./a/../p\", \"home\": \"/h\","
                + " \"user\": \"ann\", \"profile\": \"PARANOID\", \"agent\": \"claude-code\","
                + " \"session\": \"s-1\", \"env\": {\"ENV\": \"production\"}}");
    assertThat(r.argv()).contains(List.of("git", "push", "-f"));
    assertThat(r.cwd()).isEqualTo("/w/p");
    assertThat(r.home()).isEqualTo("/h");
    assertThat(r.user()).isEqualTo("ann");
    assertThat(r.profile()).isEqualTo(Optional.of(Profile.PARANOID));
    assertThat(r.agent()).isEqualTo("claude-code");
    assertThat(r.session()).isEqualTo("s-1");
    assertThat(r.environment()).isEqualTo(Map.of("ENV", "production"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          ``                                                      | empty body, expected a JSON object
          `[]`                                                    | not a JSON object
          `"ls"`                                                  | not a JSON object
          `{"script": "ls", "cwd": "/"`                           | not valid JSON
          `{"script": "ls", "cwd": "/"} {}`                       | more than one JSON value in the body
          `{"cwd": "/"}`                                          | neither script nor argv
          `{"script": "ls", "argv": ["ls"], "cwd": "/"}`          | both script and argv; give one
          `{"argv": [], "cwd": "/"}`                              | argv is empty
          `{"argv": ["ls", 1], "cwd": "/"}`                       | argv must be an array of strings
          `{"argv": "ls", "cwd": "/"}`                            | argv must be an array of strings
          `{"script": "ls"}`                                      | cwd is missing
          `{"script": "ls", "cwd": "project"}`                    | cwd must be an absolute path without NUL characters: project
          `{"script": "ls", "cwd": "/", "home": "~"}`             | home must be an absolute path
          `{"script": 7, "cwd": "/"}`                             | script must be a string
          `{"script": "ls", "cwd": "/", "profile": "strict"}`     | unknown profile 'strict'
          `{"script": "ls", "cwd": "/", "proflie": "paranoid"}`   | unknown field 'proflie'
          `{"script": "ls", "cwd": "/", "env": ["A"]}`            | env must be an object of strings
          `{"script": "ls", "cwd": "/", "env": {"A": 1}}`         | env.A must be a string
          `{"script": "ls", "script": "rm -rf /", "cwd": "/"}`    | Duplicate field 'script'
          `{"script": "l\\u0000s", "cwd": "/"}`                   | script, argv or env contains a NUL character
          `{"script": "ls", "cwd": "/", "session": "a\\u0000"}`   | session contains a NUL character
          """)
  void unusableBodiesNameTheProblem(String json, String problem) {
    EvaluateBody.Parsed parsed = parse(json == null ? "" : json);
    assertThat(parsed).isInstanceOf(EvaluateBody.Invalid.class);
    assertThat(((EvaluateBody.Invalid) parsed).problem()).contains(problem);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          `{"script": "", "cwd": "/"}`
          `{"script": "ls", "cwd": "/", "env": {}}`
          `{"argv": ["rm", "-rf", "/"], "cwd": "/tmp"}`
          `{"script": "ls", "cwd": "/", "profile": "low", "agent": "", "session": ""}`
          `{"script": "echo 'a \\" b'", "cwd": "/home/dev", "user": "root", "home": "/root"}`
          `  {"script": "ls", "cwd": "/"}  `
          """)
  void usableBodies(String json) {
    assertThat(parse(json)).isInstanceOf(EvaluateBody.Valid.class);
  }

  @Test
  void bytesThatAreNotUtf8AreInvalid() {
    byte[] body = {'{', '"', 's', 'c', 'r', 'i', 'p', 't', '"', ':', '"', (byte) 0xC3, '"', '}'};
    assertThat(EvaluateBody.parse(body, "/h", "u")).isInstanceOf(EvaluateBody.Invalid.class);
  }
}
