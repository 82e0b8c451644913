package dev.cmdguard.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * {@link BashParser#parse(String, Deadline)}: parsing stops at the deadline, inside tree-sitter or
 * while its tree is copied, and the text not parsed is kept as Unparsed with the error {@link
 * BashParser#OUT_OF_TIME}. The clocks here count their readings, so the tests do not depend on the
 * machine's speed.
 */
class DeadlineTest {
  private static final String OUT_OF_TIME = BashParser.OUT_OF_TIME;
  private static final String LONG = "echo a; ".repeat(20_000) + "rm -rf /";

  @Test
  void aDeadlineThatHasPassedParsesNothing() {
    ParseResult result = BashParser.parse("rm -rf /", new Deadline(() -> 10, 5));

    assertThat(result.errors()).extracting(SyntaxError::message).containsExactly(OUT_OF_TIME);
    assertThat(result.script().commands()).singleElement().isInstanceOf(Command.Unparsed.class);
    CorpusTest.checkInvariants("rm -rf /", result);
  }

  @Test
  void theDeadlineStopsALongParseAndTheTextStaysUnparsed() {
    AtomicLong readings = new AtomicLong();

    ParseResult result = BashParser.parse(LONG, new Deadline(readings::incrementAndGet, 20));

    assertThat(result.errors()).extracting(SyntaxError::message).containsExactly(OUT_OF_TIME);
    assertThat(result.script().commands()).singleElement().isInstanceOf(Command.Unparsed.class);
    assertThat(readings.get()).as("stopped soon after the deadline").isBetween(21L, 30L);
    CorpusTest.checkInvariants(LONG, result);
  }

  /**
   * A short text: tree-sitter does not look at the clock (reading 1 is the parse's own look, 2 the
   * tree copy's at its 256th node), and the deadline passes at the conversion's first look (3).
   */
  @Test
  void theDeadlineStopsTheConversionAndTheRestOfTheListStaysUnparsed() {
    String source = "true; ".repeat(100);
    AtomicLong readings = new AtomicLong();

    ParseResult result = BashParser.parse(source, new Deadline(readings::incrementAndGet, 2));

    assertThat(readings.get()).isEqualTo(3);
    assertThat(result.errors()).extracting(SyntaxError::message).containsExactly(OUT_OF_TIME);
    List<Command> commands = result.script().commands();
    assertThat(commands.get(0)).isInstanceOf(Command.Simple.class);
    assertThat(commands.get(commands.size() - 1)).isInstanceOf(Command.Unparsed.class);
    assertThat(commands).hasSizeLessThan(100);
    CorpusTest.checkInvariants(source, result);
  }

  /** Lines that span lines: a long text must not be cut inside any of them. */
  private static final String BLOCK =
      String.join(
          "\n",
          "cat <<EOF",
          "$(date) line one",
          "EOF",
          "if [ -f a ]; then",
          "  echo a",
          "fi",
          "f()",
          "{",
          "  echo \"$1\"",
          "}",
          "function g {",
          "  case $1 in",
          "    a) echo a ;;",
          "  esac",
          "}",
          "ls -la &&",
          "  echo continued ||",
          "  echo or |",
          "  wc -l",
          "echo line \\",
          "  continuation",
          "for x in 1 2; do",
          "  echo $x",
          "done",
          "(",
          "  cd /tmp",
          ")",
          "");

  @Test
  void aLongTextIsParsedInChunksThatCutNoCommand() {
    String source = BLOCK.repeat(1_000);
    String one = BLOCK;

    ParseResult whole = BashParser.parse(source, new Deadline(() -> 0, 1));
    ParseResult block = BashParser.parse(one);

    assertThat(source.length()).isGreaterThan(3 * Prepared.CHUNK_CHARS);
    assertThat(Prelexer.prepare(source).chunkStarts()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(whole.errors()).isEmpty();
    assertThat(block.errors()).isEmpty();
    assertThat(TreeWalk.simpleCommands(whole.script()))
        .hasSize(1_000 * TreeWalk.simpleCommands(block.script()).size());
    CorpusTest.checkInvariants(source, whole);
  }

  @Test
  void whatWasParsedBeforeTheDeadlineStaysAndOnlyTheRestIsUnparsed() {
    String source = "rm -rf /\n" + BLOCK.repeat(1_000);
    AtomicLong readings = new AtomicLong();

    // a chunk takes tree-sitter about 1,100 looks at the clock: the deadline passes in the second
    ParseResult result = BashParser.parse(source, new Deadline(readings::incrementAndGet, 2_000));

    assertThat(result.errors()).extracting(SyntaxError::message).containsOnly(OUT_OF_TIME);
    List<Command> commands = result.script().commands();
    assertThat(TreeWalk.simpleCommands(result.script())).startsWith("rm -rf /");
    assertThat(commands.get(commands.size() - 1)).isInstanceOf(Command.Unparsed.class);
    CorpusTest.checkInvariants(source, result);
  }

  @Test
  void aStoppedParseDoesNotLeakIntoTheNextOneOnTheSameThread() {
    BashParser.parse(LONG, new Deadline(new AtomicLong()::incrementAndGet, 3));

    ParseResult next = BashParser.parse("ls -la; rm -rf /tmp/x");

    assertThat(next.errors()).isEmpty();
    assertThat(TreeWalk.simpleCommands(next.script())).containsExactly("ls -la", "rm -rf /tmp/x");
  }

  @Test
  void aDeadlineThatIsNotReachedChangesNothing() {
    String source = "cat <<EOF\nx\nEOF\nfor f in *; do rm \"$f\"; done; echo `ls`";

    ParseResult bounded = BashParser.parse(source, new Deadline(() -> 0, 1_000));
    ParseResult unbounded = BashParser.parse(source);

    assertThat(bounded).isEqualTo(unbounded);
  }

  @Test
  void aClockThatFailsInsideTreeSitterStopsTheParseWithItsFailure() {
    AtomicLong readings = new AtomicLong();
    Deadline broken =
        new Deadline(
            () -> {
              if (readings.incrementAndGet() > 1) {
                throw new IllegalStateException("clock broke");
              }
              return 0;
            },
            1_000);

    assertThatThrownBy(() -> BashParser.parse("ls; ".repeat(5_000), broken))
        .hasRootCauseMessage("clock broke");
  }
}
