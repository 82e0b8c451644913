package dev.cmdguard.unwrap.inline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Any input gives a result, quickly, without the catch-all failure path. */
class RobustnessTest {
  private static final Duration BUDGET = Duration.ofSeconds(60);
  private static final String[] PIECES = {
    "'",
    "\"",
    "`",
    "'''",
    "\"\"\"",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "${",
    "#{",
    "$",
    "@",
    "%",
    "&",
    "\\",
    "/",
    "//",
    "/*",
    "#",
    "--",
    "q{",
    "s/",
    "<<<EOT\n",
    "<?php",
    "?>",
    "=",
    "==",
    "=>",
    "->",
    ".",
    ",",
    ";",
    ":",
    "\n",
    " ",
    "os.system",
    "exec",
    "eval",
    "require",
    "system",
    "import",
    "from",
    "f'",
    "r'",
    "x",
    "1",
    "0x",
    "\\x",
    "\\u{",
    "=begin",
    "=pod",
    "%w(",
    "qw(",
    "[[",
    "::"
  };

  @ParameterizedTest
  @EnumSource(Language.class)
  void randomTokenSoupNeverFails(Language language) {
    Random random = new Random(42 + language.ordinal());
    for (int n = 0; n < 3000; n++) {
      StringBuilder code = new StringBuilder();
      int length = random.nextInt(40);
      for (int k = 0; k < length; k++) {
        code.append(PIECES[random.nextInt(PIECES.length)]);
      }
      assertAnalyses(language, code.toString());
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void largeAndPathologicalCodeStaysFast(Language language) {
    List<String> inputs =
        List.of(
            "print(1);\n".repeat(100_000),
            "'" + "a".repeat(1 << 20),
            "(".repeat(1 << 16),
            "[{".repeat(1 << 15),
            "f(".repeat(1 << 15) + ")".repeat(1 << 15),
            "`${".repeat(1 << 15),
            "\"#{".repeat(1 << 15),
            "\"@{[".repeat(1 << 15),
            "!".repeat(1 << 16) + "x",
            "${".repeat(1 << 17),
            "\"" + "$x[".repeat(1 << 16),
            "\"" + "\\N{".repeat(1 << 16),
            "f'" + "{ ".repeat(1 << 16),
            "'{0} {1}'.format(" + "'{',".repeat(1 << 15) + ")",
            "x = " + "'a' + ".repeat(1 << 17) + "'b'",
            "x = " + "'a' . ".repeat(1 << 17) + "'b'",
            "x = 'ab';\n" + "x = x + x;\n".repeat(40) + "os.system(x)");
    for (String code : inputs) {
      assertTimeoutPreemptively(BUDGET, () -> assertAnalyses(language, code));
    }
  }

  @Test
  void deepNestingIsOpaqueNotACrash() {
    InlineAnalysis result =
        InlineCode.analyze(Language.PYTHON, "(".repeat(5000) + "1" + ")".repeat(5000));
    assertThat(result.opaque()).isTrue();
    assertThat(result.opaqueReason()).startsWith("nesting deeper than");
  }

  @Test
  void codeRunFromCodeIsFollowedToALimit() {
    String code = "__import__('os').system('id')";
    for (int k = 0; k < 6; k++) {
      code = "exec(" + quote(code) + ")";
    }
    InlineAnalysis result = InlineCode.analyze(Language.PYTHON, code);
    assertThat(result.opaqueReason()).startsWith("code run from code nested deeper than");
  }

  @Test
  void nestedCodeIsFollowedWithinTheLimit() {
    String code = "exec(" + quote("exec(" + quote("__import__('os').system('id')") + ")") + ")";
    assertThat(Rendered.of(InlineCode.analyze(Language.PYTHON, code)))
        .containsExactly("eval:exec", "eval:exec", "shell:id");
  }

  @Test
  void decompressionBombsAreCapped() throws Exception {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (DeflaterOutputStream out = new DeflaterOutputStream(compressed)) {
      out.write(new byte[10 << 20]);
    }
    String b64 = Base64.getEncoder().encodeToString(compressed.toByteArray());
    String code = "import zlib, base64; exec(zlib.decompress(base64.b64decode('" + b64 + "')))";
    assertTimeoutPreemptively(BUDGET, () -> assertAnalyses(Language.PYTHON, code));
  }

  @Test
  void offsetsPointAtTheCall() {
    String code = "import os; os.system('id'); exec(\"os.remove('x')\")";
    List<Effect> effects = InlineCode.analyze(Language.PYTHON, code).effects();
    assertThat(effects).extracting(Effect::offset).containsExactly(11, 28, 28);
    assertThat(effects).extracting(Effect::api).containsExactly("os.system", "exec", "os.remove");
  }

  @Test
  void interpolationOffsetsPointIntoTheString() {
    String code = "x = f\"{__import__('os').system('id')}\"";
    assertThat(InlineCode.analyze(Language.PYTHON, code).effects())
        .extracting(Effect::offset)
        .containsExactly(code.indexOf("__import__"));
  }

  private static String quote(String python) {
    return "'" + python.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  private static void assertAnalyses(Language language, String code) {
    InlineAnalysis result = InlineCode.analyze(language, code);
    assertThat(result).isNotNull();
    assertThat(result.opaqueReason())
        .as("%s: %s", language, abbreviate(code))
        .doesNotStartWith("analysis failed");
  }

  private static String abbreviate(String code) {
    return code.length() > 200 ? code.substring(0, 200) + "…" : code;
  }
}
