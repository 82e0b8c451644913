package dev.cmdguard.rules.data;

import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The commands an invocation runs inside a container or through a launcher, which the unwrapper
 * does not follow (yet): {@code docker|podman|nerdctl exec [opts] CONTAINER CMD…}, {@code docker
 * compose exec|run [opts] SERVICE CMD…}, {@code kubectl|oc exec POD -- CMD…}, {@code bundle exec},
 * {@code npx}, {@code microk8s|k3s kubectl}, {@code pnpm exec}, {@code poetry run}, {@code pipenv
 * run}, {@code uv run}, {@code python -m pip}. {@code psql} in a database container drops tables
 * just the same.
 */
final class Launchers {
  private static final Set<String> EXEC_VALUED =
      Set.of("-e", "--env", "--env-file", "-u", "--user", "-w", "--workdir", "--detach-keys");
  private static final Set<String> RUN_VALUED =
      Set.of(
          "-e",
          "--env",
          "-u",
          "--user",
          "-w",
          "--workdir",
          "-v",
          "--volume",
          "-p",
          "--publish",
          "--name",
          "--entrypoint",
          "-l",
          "--label",
          "--index",
          "--env-file");
  private static final Set<String> NPX_VALUED = Set.of("-p", "--package", "-c", "--call");
  private static final int DEPTH = 3;

  private Launchers() {}

  /** The invocation itself, then what it runs inside, outermost first. */
  static List<Cmd> views(Invocation inv, int index) {
    List<Cmd> out = new ArrayList<>();
    Optional<Cmd> next = Optional.of(Cmd.of(inv, index));
    while (next.isPresent() && out.size() < DEPTH) {
      out.add(next.get());
      next = inner(next.get());
    }
    return out;
  }

  private static Optional<Cmd> inner(Cmd c) {
    List<String> w = c.words();
    if (w.isEmpty()) {
      return Optional.empty();
    }
    return switch (c.program()) {
      case "docker", "podman", "nerdctl" -> container(c, w);
      case "docker-compose", "podman-compose" -> compose(c, 0);
      case "kubectl", "oc" -> afterDashes(c, w.get(0).equals("exec"));
      case "bundle", "pnpm", "poetry", "pipenv", "uv" ->
          w.get(0).matches("exec|run")
              ? from(c, c.args().subList(1, c.args().size()), Set.of())
              : Optional.empty();
      case "npx", "bunx" -> from(c, c.args(), NPX_VALUED);
      case "microk8s", "k3s" ->
          w.get(0).matches("kubectl|helm3?") ? from(c, c.args(), Set.of()) : Optional.empty();
      case "python", "python3" ->
          w.size() > 1 && w.get(0).equals("-m")
              ? from(c, c.args().subList(1, c.args().size()), Set.of())
              : Optional.empty();
      default -> Optional.empty();
    };
  }

  private static Optional<Cmd> container(Cmd c, List<String> w) {
    if (w.get(0).equals("exec")) {
      return skipTarget(c, 1, EXEC_VALUED);
    }
    if (w.get(0).equals("compose")) {
      return compose(c, 1);
    }
    return Optional.empty();
  }

  /** {@code compose exec|run [opts] SERVICE CMD…}, the subcommand at {@code at}. */
  private static Optional<Cmd> compose(Cmd c, int at) {
    List<String> w = c.words();
    int sub = at;
    while (sub < w.size() && w.get(sub).startsWith("-")) {
      sub += w.get(sub).matches("-f|--file|-p|--project-name|--env-file|--profile") ? 2 : 1;
    }
    if (sub >= w.size() || !w.get(sub).matches("exec|run")) {
      return Optional.empty();
    }
    return skipTarget(c, sub + 1, RUN_VALUED);
  }

  /** Skips options from {@code start}, then the container or service name; the rest runs. */
  private static Optional<Cmd> skipTarget(Cmd c, int start, Set<String> valued) {
    List<Arg> a = c.args();
    int i = start;
    while (i < a.size() && a.get(i).value().startsWith("-")) {
      i += valued.contains(a.get(i).value()) ? 2 : 1;
    }
    return i + 1 < a.size() ? from(c, a.subList(i + 1, a.size()), Set.of()) : Optional.empty();
  }

  private static Optional<Cmd> afterDashes(Cmd c, boolean exec) {
    int dash = c.words().indexOf("--");
    return exec && dash >= 0 && dash + 1 < c.args().size()
        ? from(c, c.args().subList(dash + 1, c.args().size()), Set.of())
        : Optional.empty();
  }

  /** The command starting at the first operand of {@code rest}, its options skipped. */
  private static Optional<Cmd> from(Cmd c, List<Arg> rest, Set<String> valued) {
    int i = 0;
    while (i < rest.size() && rest.get(i).value().startsWith("-")) {
      i += valued.contains(rest.get(i).value()) ? 2 : 1;
    }
    if (i >= rest.size() || rest.get(i).dynamic()) {
      return Optional.empty();
    }
    return Optional.of(c.inner(rest.subList(i, rest.size())));
  }
}
