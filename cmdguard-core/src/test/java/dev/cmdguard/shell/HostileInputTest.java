package dev.cmdguard.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Input an attacker or a broken agent could send: huge, deeply nested, NUL bytes, unpaired
 * surrogates, CRLF. Each returns a result, with errors where bash would fail, and keeps the
 * commands that can be read. Deep inputs run on a thread with the JVM's default 1 MiB stack.
 */
class HostileInputTest {
  private static final long DEFAULT_STACK = 1024 * 1024;

  @Test
  void tenMegabytesParsesTheFirstMebibyteAndKeepsTheRestUnparsed() {
    String source = "echo a; ".repeat(10 * 1024 * 1024 / 8);

    ParseResult result = BashParser.parse(source);

    assertThat(result.errors())
        .extracting(SyntaxError::message)
        .containsExactly("input too long: 10485760 characters, only the first 1048576 were parsed");
    List<Command> commands = result.script().commands();
    assertThat(commands.get(0)).isInstanceOf(Command.Simple.class);
    assertThat(commands.get(commands.size() - 1)).isInstanceOf(Command.Unparsed.class);
    assertThat(result.script().span()).isEqualTo(new Span(0, source.length()));
  }

  @Test
  void hundredThousandOpenCommandSubstitutions() {
    ParseResult result = parseOnDefaultStack("$(".repeat(100_000));

    assertThat(result.errors()).isNotEmpty();
  }

  @Test
  void tenThousandNestedCommandSubstitutionsStopAtTheDepthLimit() {
    String source = "echo " + "$(".repeat(10_000) + "rm -rf /" + ")".repeat(10_000);

    ParseResult result = parseOnDefaultStack(source);

    assertThat(result.errors())
        .extracting(SyntaxError::message)
        .contains("nesting too deep (more than 128 levels)");
    assertThat(TreeWalk.simpleCommands(result.script())).contains("echo ?");
    CorpusTest.checkInvariants(source, result);
  }

  @Test
  void hundredThousandOpenParentheses() {
    ParseResult result = parseOnDefaultStack("(".repeat(100_000));

    assertThat(result.errors()).isNotEmpty();
  }

  @Test
  void otherDeepNestingReturns() {
    List<String> sources =
        List.of(
            "{ ".repeat(10_000) + "ls; " + "}; ".repeat(10_000),
            "if a; then ".repeat(5_000) + "ls" + "; fi".repeat(5_000),
            "echo " + "${x:-".repeat(10_000) + "y" + "}".repeat(10_000),
            "echo " + "$((".repeat(10_000) + "1" + "))".repeat(10_000),
            "echo " + "\"$(".repeat(10_000),
            "echo " + "`".repeat(100_001),
            "echo " + "`echo \\".repeat(200) + "`",
            "! ".repeat(10_000) + "ls",
            "f() ".repeat(10_000) + "{ ls; }");
    for (String source : sources) {
      ParseResult result = parseOnDefaultStack(source);
      assertThat(result.errors()).as(source.substring(0, 20)).isNotEmpty();
      CorpusTest.checkInvariants(source, result);
    }
  }

  @Test
  void longAndListKeepsEveryCommand() {
    String source = "a" + " && a".repeat(10_000);

    ParseResult result = parseOnDefaultStack(source);

    assertThat(result.errors())
        .extracting(SyntaxError::message)
        .contains("more than 500 commands joined by && or ||");
    assertThat(TreeWalk.simpleCommands(result.script())).hasSize(10_001);
  }

  @Test
  void longPipelineIsFlat() {
    ParseResult result = parseOnDefaultStack("a" + " | a".repeat(10_000));

    assertThat(result.errors()).isEmpty();
    assertThat(((Command.Pipeline) result.script().commands().get(0)).commands()).hasSize(10_001);
  }

  @Test
  void nulIsASyntaxErrorAndTheCommandsAroundItStay() {
    ParseResult result = BashParser.parse("rm -rf /\0; ls");

    assertThat(result.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.message()).isEqualTo("NUL character is not allowed in a command");
              assertThat(e.line()).isEqualTo(1);
              assertThat(e.column()).isEqualTo(9);
            });
    assertThat(TreeWalk.simpleCommands(result.script())).containsExactly("rm -rf /", "ls");
  }

  @Test
  void unpairedSurrogatesAreSyntaxErrors() {
    ParseResult result = BashParser.parse("echo \uD800 x\uDC00; rm -rf /");

    assertThat(result.errors())
        .extracting(e -> e.column() + " " + e.message())
        .containsExactly(
            "6 invalid character (unpaired UTF-16 surrogate)",
            "9 invalid character (unpaired UTF-16 surrogate)");
    assertThat(TreeWalk.simpleCommands(result.script())).contains("rm -rf /");
  }

  @Test
  void crlfLineEndsSeparateCommands() {
    ParseResult result = BashParser.parse("cd /tmp\r\nrm -rf /\r\ncat <<EOF\r\nx\r\nEOF\r\nls\r\n");

    assertThat(result.errors()).isEmpty();
    assertThat(TreeWalk.simpleCommands(result.script()))
        .containsExactly("cd /tmp", "rm -rf /", "cat", "ls");
  }

  @Test
  void manyHeredocsAndMultiByteText() {
    String heredocs = "cat <<E\nx\nE\n".repeat(10_000);
    String text = "echo " + "é😀".repeat(100_000) + "; rm -rf /";

    assertThat(BashParser.parse(heredocs).script().commands()).hasSize(10_000);
    ParseResult result = BashParser.parse(text);
    assertThat(result.errors()).isEmpty();
    Command.Simple rm = (Command.Simple) result.script().commands().get(1);
    assertThat(rm.words().get(0).span().of(text)).isEqualTo("rm");
  }

  @Test
  void longHeredocBodiesAreSkippedByTreeSitterAndTheCommandsAroundThemStay() {
    String body = "x é 😀 $(rm -rf /) `reboot`\n".repeat(30_000);
    String source = "echo é😀; cat > f <<'EOF'\n" + body + "EOF\nrm -rf / # é\n";

    ParseResult big = BashParser.parse(source);
    ParseResult next = BashParser.parse("ls -la; echo ok");

    assertThat(big.errors()).isEmpty();
    assertThat(TreeWalk.simpleCommands(big.script()))
        .containsExactly("echo é😀", "cat", "rm -rf /");
    Command.Simple rm = (Command.Simple) big.script().commands().get(2);
    assertThat(rm.span().of(source)).isEqualTo("rm -rf /");
    CorpusTest.checkInvariants(source, big);
    assertThat(next.errors()).isEmpty();
    assertThat(TreeWalk.simpleCommands(next.script())).containsExactly("ls -la", "echo ok");
  }

  private static ParseResult parseOnDefaultStack(String source) {
    AtomicReference<ParseResult> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                result.set(BashParser.parse(source));
              } catch (Throwable t) {
                failure.set(t);
              }
            },
            "parse",
            DEFAULT_STACK);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    assertThat(failure.get()).as("thrown by parse").isNull();
    return result.get();
  }
}
