package dev.cmdguard.rules.readonly;

import dev.cmdguard.unwrap.Arg;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Toolchains and package managers asked for their version or help, and the few of their subcommands
 * that only read local state: {@code node --version}, {@code python3 -V}, {@code java -version},
 * {@code go version}, {@code npm ls}, {@code docker ps}, {@code kubectl version --client}. The flag
 * must be the only argument, because {@code python -v} alone starts a REPL reading standard input
 * and {@code node -v app.js} does not exist; which spelling each tool accepts is from its own help.
 * Anything else these tools do (install, build, run code, talk to a registry or a cluster) is not
 * read-only. Tools that talk to a server are listed only where the server is the local daemon by
 * default ({@code docker ps}); kubectl's cluster is remote, so only its local {@code version
 * --client} and {@code config} views are.
 */
final class VersionQueries {
  private static final Set<String> STANDARD = Set.of("--version", "--help", "-h");

  private VersionQueries() {}

  static Map<String, Judge> all() {
    Map<String, Judge> m = new HashMap<>();
    sole(
        m,
        Set.of("-V", "-h", "--help", "--version"),
        "python",
        "python2",
        "python3",
        "pip",
        "pip3",
        "pypy3");
    sole(
        m,
        Set.of("-v", "--version", "-h", "--help"),
        "node",
        "nodejs",
        "npx",
        "yarn",
        "pnpm",
        "ruby",
        "perl",
        "php",
        "gem",
        "mvn",
        "gradle",
        "make",
        "gcc",
        "g++",
        "cc",
        "clang",
        "clang++");
    sole(
        m,
        Set.of("-V", "--version", "-h", "--help", "version"),
        "cargo",
        "rustc",
        "rustup",
        "deno",
        "bun",
        "uv",
        "poetry");
    sole(
        m,
        Set.of("-version", "--version", "-help", "--help", "-h"),
        "java",
        "javac",
        "scala",
        "kotlin");
    sole(m, Set.of("version", "help"), "go");
    sole(
        m,
        Set.of("--version", "--help", "-h", "version"),
        "terraform",
        "helm",
        "dotnet",
        "swift",
        "tsc",
        "cmake",
        "composer",
        "bundle",
        "conda",
        "podman");
    Judge npm =
        (inv, ctx) ->
            sole(inv.args(), Set.of("-v", "--version", "-h", "--help"))
                || first(inv.args(), Set.of("ls", "list", "root", "prefix"));
    m.put("npm", npm);
    m.put("docker", (inv, ctx) -> docker(inv.args()));
    m.put("kubectl", (inv, ctx) -> kubectl(inv.args()));
    return m;
  }

  private static void sole(Map<String, Judge> m, Set<String> flags, String... programs) {
    for (String p : programs) {
      m.put(p, (inv, ctx) -> sole(inv.args(), flags));
    }
  }

  private static boolean sole(List<Arg> args, Set<String> flags) {
    return args.size() == 1 && args.get(0).isLiteral() && flags.contains(args.get(0).value());
  }

  private static boolean first(List<Arg> args, Set<String> subcommands) {
    return !args.isEmpty()
        && args.stream().allMatch(Arg::isLiteral)
        && subcommands.contains(args.get(0).value());
  }

  /**
   * {@code docker ps}, {@code images}, {@code version}, {@code info}, {@code image ls}, {@code
   * container ls}; not with {@code -H}/{@code --host}/{@code --context}, which point elsewhere.
   */
  private static boolean docker(List<Arg> args) {
    if (!args.stream().allMatch(Arg::isLiteral)) {
      return false;
    }
    List<String> v = args.stream().map(Arg::value).toList();
    if (v.stream()
        .anyMatch(
            a ->
                a.startsWith("-H")
                    || a.startsWith("--host")
                    || a.startsWith("--context")
                    || a.equals("-c")
                    || a.startsWith("--config"))) {
      return false;
    }
    if (v.size() == 1 && STANDARD.contains(v.get(0))) {
      return true;
    }
    if (v.isEmpty()) {
      return false;
    }
    return Set.of("ps", "images", "version", "info").contains(v.get(0))
        || v.size() >= 2
            && Set.of("image", "container").contains(v.get(0))
            && Set.of("ls", "list").contains(v.get(1));
  }

  /** {@code kubectl version --client}, {@code kubectl config current-context|get-contexts|view}. */
  private static boolean kubectl(List<Arg> args) {
    List<String> v = args.stream().map(Arg::value).toList();
    if (!args.stream().allMatch(Arg::isLiteral) || v.contains("--raw")) {
      return false;
    }
    if (v.equals(List.of("version", "--client")) || v.size() == 1 && STANDARD.contains(v.get(0))) {
      return true;
    }
    return v.size() >= 2
        && v.get(0).equals("config")
        && Set.of("current-context", "get-contexts", "view").contains(v.get(1));
  }
}
