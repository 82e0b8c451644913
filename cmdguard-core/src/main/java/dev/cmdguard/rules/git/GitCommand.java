package dev.cmdguard.rules.git;

import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A git invocation read the way git reads it (git(1), "OPTIONS"): git's own options before the
 * subcommand are skipped ({@code -C dir}, {@code -c key=value}, {@code --git-dir=…}, {@code
 * --work-tree=…}, {@code --no-pager}, {@code -P} …), then the subcommand and its arguments. The
 * dashed form of a subcommand ({@code git-push}, as found in {@code /usr/lib/git-core}) is read as
 * {@code git push}. Aliases live in the user's configuration, which the guard cannot see, so an
 * alias is an unknown subcommand (never guessed) — unless it is defined on the same command line
 * with {@code -c alias.NAME=…}, which is expanded.
 */
public final class GitCommand {
  /** git's own options that take the next word as their value. */
  private static final Set<String> VALUED =
      Set.of(
          "-C",
          "-c",
          "--git-dir",
          "--work-tree",
          "--namespace",
          "--super-prefix",
          "--config-env",
          "--attr-source",
          "--list-cmds");

  /** Subcommands whose dashed program form is recognised ({@code git-push --force}). */
  private static final Set<String> DASHED =
      Set.of(
          "push",
          "reset",
          "checkout",
          "restore",
          "clean",
          "stash",
          "switch",
          "branch",
          "filter-branch",
          "filter-repo",
          "reflog",
          "update-ref",
          "worktree",
          "rm",
          "rebase",
          "submodule");

  private final Invocation invocation;
  private final String subcommand;
  private final List<Arg> args;
  private final List<String> words;
  private final Map<String, String> config;

  private GitCommand(
      Invocation invocation, String subcommand, List<Arg> args, Map<String, String> config) {
    this.invocation = invocation;
    this.subcommand = subcommand;
    this.args = List.copyOf(args);
    this.words = args.stream().map(a -> Flags.normalize(a.value())).toList();
    this.config = Map.copyOf(config);
  }

  /**
   * Reads {@code invocation} as a git command.
   *
   * @return empty when it is not git, or when the subcommand is missing or only known at run time
   */
  public static Optional<GitCommand> parse(Invocation invocation) {
    String program = invocation.program().toLowerCase(Locale.ROOT);
    if (invocation.has(Invocation.Trait.DYNAMIC_PROGRAM)) {
      return Optional.empty();
    }
    if (program.startsWith("git-") && DASHED.contains(program.substring(4))) {
      return Optional.of(
          new GitCommand(invocation, program.substring(4), invocation.args(), Map.of()));
    }
    if (!program.equals("git") && !program.equals("git.exe") && !program.equals("hub")) {
      return Optional.empty();
    }
    return global(invocation);
  }

  private static Optional<GitCommand> global(Invocation invocation) {
    List<Arg> a = invocation.args();
    Map<String, String> config = new HashMap<>();
    int i = 0;
    while (i < a.size()) {
      String w = Flags.normalize(a.get(i).value());
      if (w.equals("--")) {
        i++;
        break;
      }
      if (!w.startsWith("-") && !a.get(i).dynamic()) {
        break;
      }
      if (w.equals("-c") && i + 1 < a.size()) {
        putConfig(config, a.get(i + 1).value());
      } else if (w.startsWith("-c") && !w.startsWith("--")) {
        putConfig(config, w.substring(2));
      }
      i += VALUED.contains(w) ? 2 : 1;
    }
    if (i >= a.size() || a.get(i).dynamic()) {
      return Optional.empty();
    }
    String sub = a.get(i).value().toLowerCase(Locale.ROOT);
    List<Arg> rest = a.subList(i + 1, a.size());
    String alias = config.get("alias." + sub);
    if (alias != null && !alias.isBlank() && !alias.startsWith("!")) {
      return expand(invocation, alias, a.get(i), rest, config);
    }
    return Optional.of(new GitCommand(invocation, sub, rest, config));
  }

  /**
   * An alias defined on the command line ({@code git -c alias.p='push --force' p}) is expanded the
   * way git expands it: its words replace the alias name. Aliases from configuration files are not
   * known.
   */
  private static Optional<GitCommand> expand(
      Invocation invocation, String alias, Arg name, List<Arg> rest, Map<String, String> config) {
    String[] words = alias.trim().split("\\s+");
    List<Arg> args = new ArrayList<>();
    for (int k = 1; k < words.length; k++) {
      args.add(Arg.of(words[k], name.span()));
    }
    args.addAll(rest);
    return Optional.of(new GitCommand(invocation, words[0].toLowerCase(Locale.ROOT), args, config));
  }

  private static void putConfig(Map<String, String> config, String pair) {
    int eq = pair.indexOf('=');
    String key = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
    config.put(key, eq < 0 ? "true" : pair.substring(eq + 1));
  }

  /** The invocation this was read from. */
  public Invocation invocation() {
    return invocation;
  }

  /** The subcommand, lower-cased: {@code push}, {@code reset}, {@code filter-branch} … */
  public String subcommand() {
    return subcommand;
  }

  /** The arguments after the subcommand. */
  public List<Arg> args() {
    return args;
  }

  /**
   * The argument values after the subcommand, normalised: typographic dashes read as {@code -} and
   * long option names lower-cased ({@code --HARD} is {@code --hard}).
   */
  public List<String> words() {
    return words;
  }

  /** A {@code -c key=value} given to git itself, by lower-cased key. */
  public Optional<String> config(String key) {
    return Optional.ofNullable(config.get(key));
  }

  /** True when the command only prints help ({@code -h}, {@code --help}). */
  boolean help() {
    int end = Flags.endOfOptions(words);
    return words.subList(0, end).contains("-h") || words.subList(0, end).contains("--help");
  }

  /**
   * The first argument before {@code --} that is the long option {@code name} (bare or {@code
   * name=…}) or a short-option cluster holding {@code flag} ({@code 0} for none).
   */
  Optional<Arg> option(char flag, String valued, String name) {
    int end = Flags.endOfOptions(words);
    for (int i = 0; i < end; i++) {
      String w = words.get(i);
      if (w.equals(name) || w.startsWith(name + "=") || Flags.clusterHas(w, flag, valued)) {
        return Optional.of(args.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * {@link #option}, also matching a prefix of {@code name} ({@link Flags#abbreviates}): for the
   * options that make a command destructive.
   */
  Optional<Arg> dangerous(char flag, String valued, String name) {
    Optional<Arg> exact = option(flag, valued, name);
    if (exact.isPresent()) {
      return exact;
    }
    int end = Flags.endOfOptions(words);
    for (int i = 0; i < end; i++) {
      if (Flags.abbreviates(words.get(i), name)) {
        return Optional.of(args.get(i));
      }
    }
    return Optional.empty();
  }

  /** The operands (see {@link Flags#operands}) as arguments. */
  List<Arg> operands(Set<String> longValued, String shortValued) {
    return Flags.operands(words, longValued, shortValued).stream().map(args::get).toList();
  }
}
