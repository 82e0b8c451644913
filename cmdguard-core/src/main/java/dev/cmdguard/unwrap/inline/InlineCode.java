package dev.cmdguard.unwrap.inline;

import java.util.List;
import java.util.Objects;

/**
 * Entry points: where an interpreter's program comes from ({@link #locate}), and what that program
 * would do ({@link #analyze}). Pure functions: no I/O, no clock, no environment; thread-safe.
 *
 * <p>Used by the unwrapper (SPEC section 2, "interpreters with inline code") so that {@code python3
 * -c "import shutil; shutil.rmtree('/')"} is judged as {@code rm -rf /}, and {@code node -e
 * "require('child_process').execSync('rm -rf /')"} as running {@code rm -rf /}.
 */
public final class InlineCode {
  private InlineCode() {}

  /** Where an interpreter's program comes from. */
  public sealed interface Source {
    /**
     * Code given on the command line: {@code python -c CODE}, {@code node -e CODE}, {@code perl -e
     * A -e B} (joined with newlines), {@code php -r CODE}, {@code deno eval CODE}.
     */
    record Inline(String code) implements Source {}

    /**
     * The program is read from standard input: no code and no script argument, or {@code -} as the
     * script ({@code curl … | python3}, {@code python3 - <<EOF}). When standard input is a terminal
     * this is an interactive session instead.
     */
    record Stdin() implements Source {}

    /** A script file: {@code python3 x.py}, {@code php -f x.php}, {@code deno run x.ts}. */
    record ScriptFile(String path) implements Source {}

    /** A module run as the program: {@code python -m http.server}. */
    record Module(String name) implements Source {}

    /**
     * No program runs, or none this package can point at: {@code --version}, {@code --help}, a
     * syntax check ({@code perl -c}), a package-manager verb ({@code bun install}), a missing
     * option value.
     *
     * @param reason the option or verb that decided it
     */
    record Other(String reason) implements Source {}
  }

  /**
   * Reads an interpreter's arguments to find its program, following the option syntax of its manual
   * page: clustered short options ({@code python3 -Bc}, {@code perl -lne}), options with attached
   * or separate values ({@code -W ignore}, {@code -Idir}), {@code --eval=CODE}, {@code --} and
   * {@code -}.
   *
   * @param interpreter the interpreter, from {@link Interpreter#forProgram(String)}
   * @param args the arguments after the program name, as static strings
   * @return where the program comes from; never null
   */
  public static Source locate(Interpreter interpreter, List<String> args) {
    Objects.requireNonNull(interpreter, "interpreter");
    Objects.requireNonNull(args, "args");
    return Locator.locate(interpreter, List.copyOf(args));
  }

  /**
   * Analyses interpreter code lexically: a tokenizer per language that understands its string
   * literals, escapes and comments, and a forgiving reader of calls that follows imports, aliases
   * and variables bound to literals, folds string concatenation and formatting, and decodes literal
   * payloads (base64, hex, ROT13, zlib, {@code chr()} sequences) to analyse them too.
   *
   * <p>Never throws on any input: garbage, unterminated literals or megabytes of code give a
   * result, in time roughly linear in the code's length. When a limit is reached (nesting, code run
   * from code, total work) the result is opaque with a reason.
   *
   * @param language the code's language
   * @param code the program text; for {@link Language#PHP}, text holding {@code <?php} is read as a
   *     template (code only inside the tags), text without as the body of {@code php -r}
   * @return the effects the code would have, and whether it holds something not followed
   */
  public static InlineAnalysis analyze(Language language, String code) {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(code, "code");
    try {
      return new Analysis(language, code.length()).run(code);
    } catch (RuntimeException | StackOverflowError e) {
      return new InlineAnalysis(
          List.of(), true, "analysis failed: " + e.getClass().getSimpleName());
    }
  }
}
