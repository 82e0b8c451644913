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
 * must be the only argument, because {@code python -v} alone starts a REPL reading standard input;
 * which spelling each tool accepts is from its own help. Left out because even their version query
 * can run code the project chose: cargo, rustc and rustup ({@code rust-toolchain.toml} may name a
 * toolchain directory), yarn and pnpm (corepack fetches the {@code packageManager} of
 * package.json), mvn and gradle ({@code .mvn/jvm.config} and {@code org.gradle.jvmargs} pass JVM
 * options such as {@code -javaagent}), composer and bundle (project plugins), bun ({@code
 * bunfig.toml} preloads). Tools that talk to a server are listed only where the server is the local
 * daemon by default ({@code docker ps}); kubectl's cluster is remote, so only its local {@code
 * version --client} and {@code config} views are.
 */
final class VersionQueries {
  private static final Set<String> STANDARD = Set.of("--version", "--help", "-h");

  /** Each line: the accepted sole arguments, a colon, the programs. */
  private static final String SOLE_FLAGS =
      """
      -V -h --help --version : python python2 python3 pip pip3 pypy3 deno uv poetry
      -v -h --help --version : node nodejs npx ruby perl php gem make gcc g++ cc clang clang++
      -version -help -h --help --version : java javac scala kotlin
      version help : go
      -h --help --version version : terraform helm dotnet swift tsc cmake conda podman
      """;

  private VersionQueries() {}

  static Map<String, Judge> all() {
    Map<String, Judge> m = new HashMap<>();
    for (String line : SOLE_FLAGS.strip().split("\n")) {
      String[] parts = line.split(":");
      Set<String> flags = Set.of(parts[0].strip().split(" "));
      for (String program : parts[1].strip().split(" ")) {
        m.put(program, (inv, ctx) -> sole(inv.args(), flags));
      }
    }
    Judge npm =
        (inv, ctx) ->
            sole(inv.args(), Set.of("-v", "--version", "-h", "--help"))
                || first(inv.args(), Set.of("ls", "list", "root", "prefix"));
    m.put("npm", npm);
    m.put("docker", (inv, ctx) -> docker(inv.args()));
    m.put("kubectl", (inv, ctx) -> kubectl(inv.args()));
    return m;
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
