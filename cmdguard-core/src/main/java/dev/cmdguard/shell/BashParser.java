package dev.cmdguard.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Parses bash source text into the project's syntax tree ({@link Script} and the records under it),
 * the way bash would read it (bash manual, "Shell Syntax" and "Shell Commands"), using
 * tree-sitter-bash and repairing what it gets wrong.
 *
 * <p>Thread-safe: each thread uses its own native parser. The first call loads the native library
 * and the grammar (50–90 ms); a typical one-line command then takes on the order of 100 µs.
 *
 * <p>Limits: input beyond {@link #MAX_SOURCE_CHARS} characters is not parsed (it is kept as one
 * {@link Command.Unparsed} with a syntax error); lists nested deeper than 128 levels become {@link
 * Command.Unparsed} with the error {@code "nesting too deep"}, and tree-sitter never sees more than
 * 256 levels ({@code NativeGate}); a text still being parsed when the {@link Deadline} passes is
 * kept whole as {@link Command.Unparsed} with the error {@link #OUT_OF_TIME}. None of them throws.
 */
public final class BashParser {
  /** The longest input parsed, in characters (1 MiB, the script size limit of the spec). */
  public static final int MAX_SOURCE_CHARS = 1 << 20;

  /** The message of the error that marks text left unparsed because the deadline passed. */
  public static final String OUT_OF_TIME = "not parsed: the time budget ran out";

  private BashParser() {}

  /**
   * Parses {@code source} as bash. Never throws for bad input: syntax errors, NUL characters,
   * unpaired surrogates, unterminated here-documents and limits are reported in {@link
   * ParseResult#errors()}, and every command that could be read is still in the tree.
   *
   * @param source the script text, in any size; line ends may be LF or CRLF
   * @return the tree (spans in characters of {@code source}) and the errors in source order
   * @throws NullPointerException when {@code source} is null
   * @throws LinkageError when the tree-sitter native library cannot load on this platform (it ships
   *     for glibc Linux, macOS and Windows on x86_64/aarch64; not for musl)
   */
  public static ParseResult parse(String source) {
    return parse(source, Deadline.NONE);
  }

  /**
   * Parses {@code source} as bash, like {@link #parse(String)}, and stops at {@code deadline}: a
   * text (the whole script, or a nested one such as the body of a {@code `…`} substitution) whose
   * parse the deadline cuts short is kept as {@link Command.Unparsed} with the error {@link
   * #OUT_OF_TIME}. Tree-sitter checks the deadline every few hundred operations, so the parse ends
   * within about a millisecond of it.
   *
   * @param source the script text, in any size; line ends may be LF or CRLF
   * @param deadline when to stop; {@link Deadline#NONE} for never
   * @return the tree (spans in characters of {@code source}) and the errors in source order
   * @throws NullPointerException when an argument is null
   * @throws LinkageError when the tree-sitter native library cannot load on this platform
   */
  public static ParseResult parse(String source, Deadline deadline) {
    Objects.requireNonNull(source, "source");
    Diagnostics diagnostics = new Diagnostics(Objects.requireNonNull(deadline, "deadline"));
    int cut = cutOff(source);
    String text = Sanitizer.clean(source.substring(0, cut), diagnostics);
    Script script = ScriptParser.parse(text, Offsets.IDENTITY, diagnostics, 0);
    if (cut < source.length()) {
      Span rest = new Span(cut, source.length());
      diagnostics.add(
          rest,
          "input too long: "
              + source.length()
              + " characters, only the first "
              + cut
              + " were parsed");
      List<Command> commands = new ArrayList<>(script.commands());
      commands.add(new Command.Unparsed(rest.of(source), rest));
      script = new Script(commands, new Span(0, source.length()));
    }
    return new ParseResult(source, script, diagnostics.toErrors(source));
  }

  /** Where parsing stops: the whole text, or the end of a line within the size limit. */
  private static int cutOff(String source) {
    if (source.length() <= MAX_SOURCE_CHARS) {
      return source.length();
    }
    int newline = source.lastIndexOf('\n', MAX_SOURCE_CHARS - 1);
    if (newline >= MAX_SOURCE_CHARS / 2) {
      return newline + 1;
    }
    int cut = MAX_SOURCE_CHARS;
    return Character.isHighSurrogate(source.charAt(cut - 1)) ? cut - 1 : cut;
  }
}
