package dev.cmdguard.cli.hook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a payload is read: leniently for fields nobody asks about, strictly for its shape. */
class PayloadTest {
  private static Payload read(String json) throws Payload.Unusable {
    return Payload.read(json.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ''                                  | the input is empty; expected a JSON object
          '   '                               | the input is empty; expected a JSON object
          '[]'                                | the input is not a JSON object
          '"x"'                               | the input is not a JSON object
          '{} {}'                             | the input has more than one JSON value
          '{"a": 1, "a": 2}'                  | the input repeats a field: Duplicate field 'a'
          '{"a": {"b": 1, "b": 1}}'           | the input repeats a field: Duplicate field 'b'
          '{"a": 1,}'                         | the input is not valid JSON (line 1, column 9)
          '{"a": NaN}'                        | the input is not valid JSON (line 1, column 10)
          '{"a": 01}'                         | the input is not valid JSON (line 1, column 8)
          '{''a'': 1}'                        | the input is not valid JSON (line 1, column 2)
          '{"a": 1} // note'                  | the input is not valid JSON (line 1, column 10)
          """)
  void refusesWhatIsNotExactlyOneObject(String json, String message) {
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(Payload.Unusable.class)
        .hasMessageStartingWith(message);
  }

  @ParameterizedTest(name = "depth {0}")
  @CsvSource({"63, true", "64, true", "65, false", "10000, false"})
  void nestsAtMostSixtyFourLevels(int depth, boolean ok) throws Payload.Unusable {
    String json = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    if (ok) {
      assertThat(read(json).fields()).containsKey("a");
    } else {
      assertThatThrownBy(() -> read(json))
          .hasMessage("the input nests deeper than " + Payload.MAX_DEPTH + " levels");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          '{"a": {"b": "x"}}'           | a.b   | x
          '{"a": {"b": null}}'          | a.b   | <absent>
          '{"a": null}'                 | a.b   | <absent>
          '{"z": [1, {"q": true}], "a": {"c": 1.5e3, "b": "y"}}' | a.b | y
          """)
  void readsStringsByPathAndNullAsAbsent(String json, String path, String expected)
      throws Payload.Unusable {
    assertThat(read(json).string(path).orElse("<absent>")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          '{"a": 1}'             | a   | a must be a string
          '{"a": ["x"]}'         | a   | a must be a string
          '{"a": "x"}'           | a.b | a must be an object
          '{"a": {"b": false}}'  | a.b | a.b must be a string
          """)
  void aFieldThatIsReadMustHaveItsType(String json, String path, String message) {
    assertThatThrownBy(() -> read(json).string(path)).hasMessage(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          '{"s": "abc"}'     | abc
          '{"s": 42}'        | 42
          '{"s": 1.50}'      | 1.50
          '{"s": {"x": 1}}'  | ''
          '{}'               | ''
          """)
  void anIdIsAStringOrANumberAndNeverARefusal(String json, String id) throws Payload.Unusable {
    assertThat(read(json).id("s")).isEqualTo(id);
  }

  @org.junit.jupiter.api.Test
  void keepsArraysAndNestedObjectsAsPlainValues() throws Payload.Unusable {
    Payload p = read("{\"c\": [\"bash\", \"-lc\", \"ls\"], \"o\": {\"k\": [1, null, true]}}");
    assertThat(p.find("c")).contains(List.of("bash", "-lc", "ls"));
    assertThat(p.find("o")).get().isInstanceOf(Map.class);
    List<Object> k =
        new java.util.ArrayList<>((List<?>) ((Map<?, ?>) p.find("o").orElseThrow()).get("k"));
    assertThat(k).containsExactly(new Payload.Num("1"), null, Boolean.TRUE);
  }
}
