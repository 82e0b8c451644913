package dev.cmdguard.unwrap.inline;

import java.util.Set;

/**
 * The command-line options of one interpreter, as far as finding its code needs them. Short option
 * letters may be clustered ({@code -Bc}, {@code -lne}); a letter that takes a value takes the rest
 * of the cluster, or the next argument when nothing follows it.
 *
 * @param code letters whose value is program text ({@code python -c}, {@code perl -e})
 * @param module letters whose value is a module to run, which ends the options ({@code python -m})
 * @param file letters whose value is the script file ({@code php -f})
 * @param value letters whose value is something else ({@code python -W}, {@code perl -I})
 * @param rest letters that take the rest of their cluster, possibly empty ({@code perl -i.bak})
 * @param digits letters followed by optional digits ({@code perl -l}, {@code perl -0777})
 * @param stop letters after which no program runs ({@code -V}, {@code -h}, syntax check {@code -c})
 * @param longCode long options whose value is program text ({@code --eval}), {@code =} or separate;
 *     also whole-word short aliases ({@code node -pe})
 * @param longValue long options that take a separate value ({@code --require mod})
 * @param longStop long options after which no program runs ({@code --version}, {@code --test})
 * @param codeEndsOptions true when the first code option ends option processing ({@code python
 *     -c}); otherwise several code options are joined with newlines ({@code perl -e a -e b})
 * @param lastCodeWins true when only the last code option counts ({@code node -e a -e b})
 */
record ArgSpec(
    String code,
    String module,
    String file,
    String value,
    String rest,
    String digits,
    String stop,
    Set<String> longCode,
    Set<String> longValue,
    Set<String> longStop,
    boolean codeEndsOptions,
    boolean lastCodeWins) {

  /** CPython 3.13 {@code python --help}, plus Python 2's {@code -Q}. */
  static final ArgSpec PYTHON =
      new ArgSpec(
          "c",
          "m",
          "",
          "WXQ",
          "",
          "",
          "hV?",
          Set.of(),
          Set.of("--check-hash-based-pycs"),
          Set.of("--help", "--version", "--help-env", "--help-xoptions", "--help-all"),
          true,
          false);

  /** Node.js 22 {@code node --help}; Bun's {@code -e}/{@code -p} are the same. */
  static final ArgSpec NODE =
      new ArgSpec(
          "ep",
          "",
          "",
          "rC",
          "",
          "",
          "hvc",
          Set.of("--eval", "--print", "-pe"),
          Set.of(
              "--require",
              "--import",
              "--loader",
              "--experimental-loader",
              "--conditions",
              "--title",
              "--env-file",
              "--redirect-warnings",
              "--disable-warning",
              "--input-type",
              "--inspect-port",
              "--cwd",
              "--preload"),
          Set.of("--version", "--help", "--check", "--v8-options", "--test", "--run"),
          false,
          true);

  /** perlrun(1). */
  static final ArgSpec PERL =
      new ArgSpec(
          "eE",
          "",
          "",
          "IMm",
          "idDFCx",
          "l0",
          "vVhc",
          Set.of(),
          Set.of(),
          Set.of("--version", "--help"),
          false,
          false);

  /** ruby(1). */
  static final ArgSpec RUBY =
      new ArgSpec(
          "e",
          "",
          "",
          "rICE",
          "ixFKTW",
          "0",
          "hc",
          Set.of(),
          Set.of(
              "--encoding",
              "--external-encoding",
              "--internal-encoding",
              "--dump",
              "--enable",
              "--disable"),
          Set.of("--version", "--help", "--copyright"),
          false,
          false);

  /** php(1): {@code -r}, and {@code -B}/{@code -R}/{@code -E} which run code per input line. */
  static final ArgSpec PHP =
      new ArgSpec(
          "rBRE",
          "",
          "fF",
          "cdtz",
          "",
          "",
          "vhimlsawS",
          Set.of("--run", "--process-begin", "--process-code", "--process-end"),
          Set.of("--php-ini", "--define", "--zend-extension", "--docroot"),
          Set.of(
              "--version",
              "--help",
              "--info",
              "--modules",
              "--syntax-check",
              "--interactive",
              "--server",
              "--rf",
              "--rc",
              "--re",
              "--rz",
              "--ri",
              "--ini"),
          false,
          false);

  /** lua(1): {@code -e stat}, {@code -l mod}. */
  static final ArgSpec LUA =
      new ArgSpec("e", "", "", "l", "", "", "", Set.of(), Set.of(), Set.of(), false, false);

  /** irb(1): options only matter to skip their values. */
  static final ArgSpec IRB =
      new ArgSpec(
          "",
          "",
          "",
          "rIE",
          "",
          "",
          "vh",
          Set.of(),
          Set.of("--prompt", "--context-mode", "--back-trace-limit"),
          Set.of("--version", "--help"),
          false,
          false);
}
