package dev.cmdguard.unwrap.inline;

import java.util.Optional;

/**
 * The programming language of inline interpreter code, which decides how {@link
 * InlineCode#analyze(Language, String)} reads it. Which command-line program speaks which language,
 * and how it takes its code, is {@link Interpreter}'s business.
 */
public enum Language {
  /** Python 2 and 3 ({@code python -c}, {@code pypy -c}). */
  PYTHON,
  /**
   * JavaScript and TypeScript as run by Node.js, Bun and Deno ({@code node -e}, {@code deno eval}).
   */
  JAVASCRIPT,
  /** Perl 5 ({@code perl -e}, {@code perl -ne}). */
  PERL,
  /** Ruby ({@code ruby -e}, {@code irb}). */
  RUBY,
  /** PHP ({@code php -r}, or a script with {@code <?php} tags on standard input). */
  PHP,
  /** Lua ({@code lua -e}, {@code luajit -e}). */
  LUA;

  /**
   * The language a program runs, from its name.
   *
   * @param program the program as invoked: a name or a path ({@code python3.12}, {@code
   *     /usr/bin/node}, {@code perl.exe})
   * @return the language, or empty when the program is not an interpreter this package knows (see
   *     {@link Interpreter#forProgram(String)} for the list)
   */
  public static Optional<Language> forProgram(String program) {
    return Interpreter.forProgram(program).map(Interpreter::language);
  }
}
