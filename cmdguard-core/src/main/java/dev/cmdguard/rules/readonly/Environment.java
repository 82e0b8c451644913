package dev.cmdguard.rules.readonly;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which variable assignments can turn a read-only command into one that runs code. Two cases:
 *
 * <ul>
 *   <li><b>Exported to a program</b> ({@code NAME=value cmd}, {@code env NAME=value cmd}): the
 *       program sees any name, and many steer it ({@code LD_PRELOAD=x.so ls}, {@code
 *       GIT_EXTERNAL_DIFF=sh git diff}, {@code RIPGREP_CONFIG_PATH=x rg}, {@code BASH_ENV=x bash -c
 *       ls}), so only names that steer nothing but formatting are allowed (locale, colours,
 *       terminal size, a pager set to {@code cat}), and lower-case names, shell-local by
 *       convention.
 *   <li><b>Set in the shell</b> ({@code NAME=value}, {@code for NAME in}, {@code read NAME}): a
 *       later program sees it only when the name was already exported, so only the names that are
 *       exported as a rule and steer what runs are refused ({@code PATH=.:$PATH; ls} runs {@code
 *       ./ls}; {@code HOME}, {@code LESS}, {@code PAGER}, {@code GIT_*}, {@code LD_*}, {@code
 *       *_OPTIONS} …), so that {@code TODAY=$(date +%F)} stays read-only.
 * </ul>
 */
final class Environment {
  private static final Set<String> FORMATTING =
      Set.of(
          "LANG",
          "LANGUAGE",
          "TZ",
          "TERM",
          "COLUMNS",
          "LINES",
          "NO_COLOR",
          "CLICOLOR",
          "CLICOLOR_FORCE",
          "FORCE_COLOR",
          "COLORTERM",
          "GREP_COLOR",
          "GREP_COLORS",
          "LS_COLORS",
          "TIME_STYLE",
          "QUOTING_STYLE",
          "BLOCK_SIZE",
          "BLOCKSIZE",
          "DF_BLOCK_SIZE",
          "DU_BLOCK_SIZE",
          "LS_BLOCK_SIZE",
          "POSIXLY_CORRECT",
          "IFS",
          "TMPDIR",
          "TIMEFORMAT");

  /** Pagers: harmless when set to {@code cat} or empty (git(1) "core.pager", man(1) MANPAGER). */
  private static final Set<String> PAGERS =
      Set.of("PAGER", "GIT_PAGER", "MANPAGER", "SYSTEMD_PAGER", "BAT_PAGER", "DELTA_PAGER");

  /** zsh ties these lower-case arrays to PATH and friends. */
  private static final Set<String> TIED =
      Set.of("path", "fpath", "cdpath", "manpath", "module_path");

  /** Usually exported, and steering which code runs (ld.so(8), bash(1), git(1), less(1) …). */
  private static final Pattern STEERING =
      Pattern.compile(
          "PATH|.*PATH|LD_.*|DYLD_.*|GIT_.*|PYTHON.*|PERL.*|RUBY.*|NODE_.*|NPM_.*|JAVA.*|_JAVA_.*"
              + "|JDK_.*|DOCKER_.*|KUBE.*|XDG_.*|.*HOME|.*_OPTIONS|.*_OPTS|.*OPT|.*CONFIG.*|.*PAGER"
              + "|.*_COMMAND|.*ASKPASS|BASH_ENV|ENV|SHELLOPTS|BASHOPTS|PS4|EDITOR|VISUAL|BROWSER"
              + "|LESS|LESSOPEN|LESSCLOSE|MORE|SHELL|ZDOTDIR|MANOPT|GREP_OPTIONS");

  /** An arithmetic assignment ({@code (( PATH = 0 ))}). */
  private static final Pattern ARITHMETIC_ASSIGNMENT =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*(?:[-+*/%&|^]|<<|>>)?=(?!=)");

  private Environment() {}

  /**
   * True when exporting {@code name=value} to a program cannot make it run other code.
   *
   * @param value the assigned text, or null when not known
   */
  static boolean harmlessExported(String name, String value) {
    if (FORMATTING.contains(name) || name.startsWith("LC_")) {
      return true;
    }
    if (PAGERS.contains(name)) {
      return value != null && (value.equals("cat") || value.isEmpty());
    }
    return !name.equals(name.toUpperCase(Locale.ROOT)) && !TIED.contains(name);
  }

  /** True when setting shell variable {@code name} cannot steer a later program. */
  static boolean harmlessInShell(String name) {
    return !STEERING.matcher(name).matches() && !TIED.contains(name);
  }

  /** True when no assignment in an arithmetic expression sets a steering variable. */
  static boolean harmlessArithmetic(String expression) {
    if (expression.indexOf('=') < 0) {
      return true;
    }
    Matcher m = ARITHMETIC_ASSIGNMENT.matcher(expression);
    while (m.find()) {
      if (!harmlessInShell(m.group(1))) {
        return false;
      }
    }
    return true;
  }
}
