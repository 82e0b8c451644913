package dev.cmdguard.shell;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random shell-like text never makes the parser throw, and the tree keeps its invariants. The
 * generator is seeded, so a failure reproduces.
 */
class ParserFuzzTest {
  private static final List<String> TOKENS =
      List.of(
          "rm",
          " ",
          "-rf",
          "/",
          "'",
          "\"",
          "$",
          "(",
          ")",
          "{",
          "}",
          "`",
          "\\",
          "\n",
          ";",
          "&",
          "|",
          "<",
          ">",
          "<<",
          "EOF",
          "<<-",
          "<<'EOF'",
          "#",
          "=",
          "[[",
          "]]",
          "((",
          "))",
          "if",
          "then",
          "fi",
          "case",
          "in",
          "esac",
          ";;",
          ";&",
          "do",
          "done",
          "for",
          "while",
          "!",
          "time",
          "coproc",
          "function",
          "${",
          "$(",
          "$((",
          "<(",
          ">(",
          "\t",
          "\r",
          "é",
          "😀",
          "\0",
          "\uD800",
          "x",
          "*",
          "~",
          "a=",
          "2>&1",
          "<<<",
          "{fd}>",
          "0<",
          "$'\\x41'",
          "$\"",
          "\\\n",
          "&&",
          "||",
          "|&");
  private static final String CHARACTERS = " \t\n\r\\'\"`$(){}[]<>|&;#=!*?~-/abcEOF019é\0";

  @Test
  void tokenSoupNeverThrows() {
    Random random = new Random(20261121);
    for (int n = 0; n < 3000; n++) {
      StringBuilder source = new StringBuilder();
      for (int k = random.nextInt(40); k > 0; k--) {
        source.append(TOKENS.get(random.nextInt(TOKENS.size())));
      }
      parse(source.toString());
    }
  }

  @Test
  void characterSoupNeverThrows() {
    Random random = new Random(7);
    for (int n = 0; n < 3000; n++) {
      StringBuilder source = new StringBuilder();
      for (int k = random.nextInt(80); k > 0; k--) {
        source.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
      }
      parse(source.toString());
    }
  }

  private static void parse(String source) {
    CorpusTest.checkInvariants(source, BashParser.parse(source));
  }
}
