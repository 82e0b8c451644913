package dev.cmdguard.unwrap.inline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InterpreterTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      nullValues = "none",
      value = {
        "python, PYTHON",
        "python2, PYTHON",
        "python3, PYTHON",
        "python3.12, PYTHON",
        "/usr/bin/python3.11, PYTHON",
        "python.exe, PYTHON",
        "pypy3, PYTHON",
        "node, NODE",
        "nodejs, NODE",
        "/usr/local/bin/node, NODE",
        "bun, BUN",
        "deno, DENO",
        "perl, PERL",
        "perl5.36.0, PERL",
        "ruby, RUBY",
        "ruby3.2, RUBY",
        "jruby, RUBY",
        "irb, IRB",
        "php, PHP",
        "php8.3, PHP",
        "lua5.4, LUA",
        "luajit, LUA",
        "python-config, none",
        "pythonista, none",
        "nodemon, none",
        "perldoc, none",
        "rubocop, none",
        "phpunit, none",
        "bash, none",
        "ls, none"
      })
  void recognisesInterpreters(String program, Interpreter expected) {
    assertThat(Interpreter.forProgram(program)).isEqualTo(Optional.ofNullable(expected));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "python3, PYTHON",
    "node, JAVASCRIPT",
    "bun, JAVASCRIPT",
    "deno, JAVASCRIPT",
    "perl, PERL",
    "irb, RUBY",
    "php, PHP",
    "lua, LUA"
  })
  void mapsToLanguages(String program, Language expected) {
    assertThat(Language.forProgram(program)).contains(expected);
  }
}
