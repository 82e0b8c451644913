package dev.cmdguard.rules.readonly;

import dev.cmdguard.unwrap.Arg;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * git subcommands that list in one form and change the repository in another: {@code git branch}
 * lists but {@code git branch NAME} creates and {@code -D} deletes; {@code git tag} likewise;
 * {@code git config NAME} reads but {@code git config NAME VALUE} sets; {@code git stash} alone
 * stashes. Only the listing forms are read-only (git-branch(1), git-tag(1), git-remote(1),
 * git-config(1), git-stash(1), git-worktree(1), git-reflog(1), git-symbolic-ref(1)).
 */
final class GitListings {
  private static final Set<String> BRANCH_FLAGS =
      Set.of(
          "-a",
          "--all",
          "-r",
          "--remotes",
          "-v",
          "-vv",
          "--verbose",
          "--list",
          "-l",
          "--show-current",
          "-i",
          "--ignore-case",
          "--no-color",
          "--color",
          "--column",
          "--no-column",
          "--no-abbrev",
          "--omit-empty",
          "-q",
          "--quiet",
          "--no-contains",
          "--contains",
          "--merged",
          "--no-merged",
          "--points-at",
          "--sort",
          "--format",
          "--abbrev");

  /** Options that make branch and tag list, so that operands are patterns. */
  private static final Set<String> IMPLY_LIST =
      Set.of(
          "--list", "-l", "--contains", "--no-contains", "--merged", "--no-merged", "--points-at");

  /** Options whose value is the next argument unless given with {@code =}. */
  private static final Set<String> REQUIRED_VALUE = Set.of("--sort", "--format", "--points-at");

  /** Options whose commit may follow as the next argument (default HEAD). */
  private static final Set<String> OPTIONAL_VALUE =
      Set.of("--contains", "--no-contains", "--merged", "--no-merged");

  private static final Set<String> TAG_FLAGS =
      Set.of(
          "-l",
          "--list",
          "-i",
          "--ignore-case",
          "--no-color",
          "--color",
          "--column",
          "--no-column",
          "--omit-empty",
          "--no-contains",
          "--contains",
          "--merged",
          "--no-merged",
          "--points-at",
          "--sort",
          "--format");

  private static final Set<String> CONFIG_READS =
      Set.of(
          "--get",
          "--get-all",
          "--get-regexp",
          "--get-urlmatch",
          "--get-color",
          "--get-colorbool",
          "--list",
          "-l");

  private static final Set<String> CONFIG_WRITES =
      Set.of(
          "--add",
          "--replace-all",
          "--unset",
          "--unset-all",
          "--rename-section",
          "--remove-section",
          "--edit",
          "-e");

  private GitListings() {}

  static Map<String, Predicate<List<Arg>>> all() {
    Map<String, Predicate<List<Arg>>> m = new HashMap<>();
    m.put("branch", args -> listing(args, BRANCH_FLAGS));
    m.put("tag", args -> listing(args, TAG_FLAGS));
    m.put("remote", GitListings::remote);
    m.put("config", GitListings::config);
    m.put(
        "stash",
        args ->
            first(args, Set.of("list", "show"))
                && GitSubcommands.DIFF.allows(args.subList(1, args.size())));
    m.put(
        "worktree", args -> first(args, Set.of("list")) && args.stream().allMatch(Arg::isLiteral));
    m.put("reflog", GitListings::reflog);
    m.put(
        "symbolic-ref",
        args ->
            Options.forbidding("d", "--delete")
                .operands(args)
                .map(o -> o.size() <= 1)
                .orElse(false));
    return m;
  }

  /**
   * Listing: every option in {@code flags} (one-letter ones may cluster, {@code -n5} for tag), and
   * operands (patterns) only in list mode; an operand otherwise names a branch or tag to create.
   */
  private static boolean listing(List<Arg> args, Set<String> flags) {
    boolean list = false;
    boolean operands = false;
    for (int i = 0; i < args.size(); i++) {
      Arg a = args.get(i);
      String v = a.value();
      if (!a.isLiteral()) {
        return false;
      }
      if (!v.startsWith("-")) {
        operands = true;
        continue;
      }
      String name = v.contains("=") ? v.substring(0, v.indexOf('=')) : v;
      boolean count = flags == TAG_FLAGS && v.matches("-n[0-9]*");
      if (!flags.contains(name) && !shortFlags(v, flags) && !count) {
        return false;
      }
      list |= IMPLY_LIST.contains(name) || count || v.matches("-[a-zA-Z]*l[a-zA-Z]*");
      if (v.equals(name) && takesValue(v, args, i)) {
        i++;
      }
    }
    return !operands || list;
  }

  private static boolean takesValue(String option, List<Arg> args, int i) {
    if (REQUIRED_VALUE.contains(option)) {
      return true;
    }
    return OPTIONAL_VALUE.contains(option)
        && i + 1 < args.size()
        && !args.get(i + 1).value().startsWith("-");
  }

  /** {@code -av}: a cluster of allowed one-letter flags. */
  private static boolean shortFlags(String v, Set<String> flags) {
    if (v.startsWith("--") || v.length() < 3) {
      return false;
    }
    return v.substring(1).chars().allMatch(c -> flags.contains("-" + (char) c));
  }

  /** {@code git remote}, {@code -v}, {@code get-url NAME}, {@code show} (names only with -n). */
  private static boolean remote(List<Arg> args) {
    List<String> v = args.stream().map(Arg::value).toList();
    if (!args.stream().allMatch(Arg::isLiteral)) {
      return false;
    }
    if (v.isEmpty() || v.equals(List.of("-v")) || v.equals(List.of("--verbose"))) {
      return true;
    }
    return switch (v.get(0)) {
      case "get-url" -> true;
      case "show" -> v.size() == 1 || v.contains("-n");
      default -> false;
    };
  }

  /**
   * {@code git config --get NAME}, {@code --list}, {@code get}/{@code list} (git 2.46), or {@code
   * git config NAME} with one operand; two operands or a writing option set or remove.
   */
  private static boolean config(List<Arg> args) {
    if (!args.stream().allMatch(Arg::isLiteral)) {
      return false;
    }
    List<String> v = args.stream().map(Arg::value).toList();
    if (v.stream().anyMatch(CONFIG_WRITES::contains)) {
      return false;
    }
    if (!v.isEmpty() && (v.get(0).equals("get") || v.get(0).equals("list"))) {
      return true;
    }
    if (v.stream().anyMatch(CONFIG_READS::contains)) {
      return true;
    }
    Options scopes = Options.forbidding("").values("f", "--file", "--blob", "--type", "--default");
    return scopes
        .operands(args)
        .map(o -> o.size() == 1 && !o.get(0).value().matches("[a-z-]+"))
        .orElse(false);
  }

  /** {@code git reflog}, {@code reflog show …}, {@code reflog exists}: not expire, delete, drop. */
  private static boolean reflog(List<Arg> args) {
    if (args.isEmpty()) {
      return true;
    }
    String first = args.get(0).value();
    if (Set.of("expire", "delete", "drop").contains(first)) {
      return false;
    }
    boolean sub = first.equals("show") || first.equals("exists");
    return GitSubcommands.DIFF.allows(sub ? args.subList(1, args.size()) : args);
  }

  private static boolean first(List<Arg> args, Set<String> allowed) {
    return !args.isEmpty() && args.get(0).isLiteral() && allowed.contains(args.get(0).value());
  }
}
