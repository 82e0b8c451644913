package dev.cmdguard.unwrap.inline;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A command-line interpreter: how it is named and which {@link Language} its code is in. Its
 * options (where the code comes from) are read by {@link InlineCode#locate(Interpreter,
 * java.util.List)}.
 *
 * <p>Names are matched on the last path segment, a trailing {@code .exe} removed:
 *
 * <ul>
 *   <li>{@link #PYTHON}: {@code python}, {@code python2}, {@code python3}, {@code python3.12},
 *       {@code python3.12m}, {@code pythonw}, {@code pypy}, {@code pypy3}, {@code pypy3.10}
 *   <li>{@link #NODE}: {@code node}, {@code nodejs}; {@link #BUN}: {@code bun}; {@link #DENO}:
 *       {@code deno}
 *   <li>{@link #PERL}: {@code perl}, {@code perl5}, {@code perl5.36.0}
 *   <li>{@link #RUBY}: {@code ruby}, {@code ruby3.2}, {@code jruby}, {@code truffleruby}; {@link
 *       #IRB}: {@code irb}
 *   <li>{@link #PHP}: {@code php}, {@code php8.3}, {@code php-cli}
 *   <li>{@link #LUA}: {@code lua}, {@code lua5.4}, {@code luajit}
 * </ul>
 *
 * <p>Not covered: {@code Rscript -e}, {@code osascript -e}, {@code awk} programs, {@code ipython}
 * (whose {@code !cmd} lines are shell escapes), {@code tclsh}, {@code pwsh -Command} (see the
 * Windows family).
 */
public enum Interpreter {
  /** CPython or PyPy: {@code -c CODE}, {@code -m MODULE}, a script, or standard input. */
  PYTHON(Language.PYTHON, "(python|pypy)(\\d+(\\.\\d+)*)?[mdwu]?"),
  /** Node.js: {@code -e}/{@code -p}/{@code --eval=} code, a script, or standard input. */
  NODE(Language.JAVASCRIPT, "node(js)?"),
  /** Bun: {@code -e} code, {@code run FILE}, a script; package-manager verbs run no code here. */
  BUN(Language.JAVASCRIPT, "bun"),
  /** Deno: {@code eval CODE}, {@code run FILE|-}. */
  DENO(Language.JAVASCRIPT, "deno"),
  /** Perl 5: {@code -e}/{@code -E} code (joined), clustered switches, a script, or stdin. */
  PERL(Language.PERL, "perl(\\d+(\\.\\d+)*)?"),
  /** Ruby: {@code -e} code (joined), a script, or standard input. */
  RUBY(Language.RUBY, "(j|truffle)?ruby(\\d+(\\.\\d+)*)?"),
  /** Interactive Ruby: a script, or its input (which it runs line by line). */
  IRB(Language.RUBY, "irb"),
  /**
   * PHP CLI: {@code -r} (and {@code -B}/{@code -R}/{@code -E}) code, {@code -f FILE}, a script, or
   * stdin.
   */
  PHP(Language.PHP, "php(\\d+(\\.\\d+)*)?(-cli)?"),
  /** Lua and LuaJIT: {@code -e} code (joined), a script, or standard input. */
  LUA(Language.LUA, "lua(\\d+(\\.\\d+)*)?|luajit");

  private final Language language;
  private final Pattern name;

  Interpreter(Language language, String name) {
    this.language = language;
    this.name = Pattern.compile(name);
  }

  /** The language its code is written in. */
  public Language language() {
    return language;
  }

  /**
   * The interpreter a program is, from its name.
   *
   * @param program the program as invoked: a name or a path
   * @return the interpreter, or empty when the program is none of those listed on this type
   */
  public static Optional<Interpreter> forProgram(String program) {
    Objects.requireNonNull(program, "program");
    String base = program.substring(program.lastIndexOf('/') + 1);
    if (base.endsWith(".exe")) {
      base = base.substring(0, base.length() - 4);
    }
    for (Interpreter interpreter : values()) {
      if (interpreter.name.matcher(base).matches()) {
        return Optional.of(interpreter);
      }
    }
    return Optional.empty();
  }
}
