package dev.cmdguard.rules.data;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.unwrap.Arg;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code DESTRUCTIVE_CONTAINER_OP} for docker, podman and nerdctl (docker CLI reference): what
 * cannot be rebuilt is lost. Volumes hold data ({@code volume rm}, {@code volume prune}, {@code
 * system prune --volumes}, {@code compose down -v}, {@code rm -v}); {@code rm -f} of every
 * container ({@code $(docker ps -aq)}) kills running services with their state; {@code podman
 * system reset} removes everything. Images, build cache, networks and stopped containers can be
 * pulled or built again, so {@code system prune [-a]}, {@code image prune}, {@code rmi} and {@code
 * rm -f NAME} are not findings.
 */
final class ContainerChecks {
  private static final Set<String> GLOBAL_VALUED =
      Set.of(
          "-H",
          "--host",
          "-c",
          "--context",
          "--config",
          "-l",
          "--log-level",
          "--tlscacert",
          "--tlscert",
          "--tlskey",
          "--url",
          "--connection",
          "--identity",
          "--root",
          "--runroot",
          "--storage-driver",
          "--namespace",
          "-n",
          "--address",
          "-a");
  private static final Set<String> COMPOSE_VALUED =
      Set.of(
          "-f", "--file", "-p", "--project-name", "--env-file", "--profile", "--project-directory");

  private static final Set<String> PROGRAMS =
      Set.of("docker", "podman", "nerdctl", "docker-compose", "podman-compose");

  private ContainerChecks() {}

  static boolean handles(String program) {
    return PROGRAMS.contains(program);
  }

  static void check(Cmd c, Findings findings) {
    boolean compose = c.program().endsWith("-compose");
    List<Arg> ops = c.positionals(compose ? COMPOSE_VALUED : GLOBAL_VALUED);
    if (ops.isEmpty()) {
      return;
    }
    List<String> w = ops.stream().map(Arg::value).toList();
    String sub = w.get(0);
    if (compose || sub.equals("compose")) {
      composeDown(c, findings);
      return;
    }
    String object =
        sub.matches("container|volume|system|image|pod|machine") && w.size() > 1 ? sub : "";
    String verb = object.isEmpty() ? sub : w.get(1);
    Optional<String> what =
        judge(c, object, verb, ops.subList(object.isEmpty() ? 1 : 2, ops.size()));
    what.ifPresent(
        m ->
            findings
                .report(FindingCode.DESTRUCTIVE_CONTAINER_OP, c.index())
                .message(c.program() + " " + m)
                .at(ops.get(object.isEmpty() ? 0 : 1))
                .safer(safer(object, verb, c.program()))
                .add());
  }

  private static Optional<String> judge(Cmd c, String object, String verb, List<Arg> targets) {
    String names = names(targets);
    if (object.equals("volume") && verb.matches("rm|remove|prune")) {
      return Optional.of(
          "volume "
              + verb
              + " deletes "
              + (verb.equals("prune") ? "unused volumes" : "volume " + names)
              + " and the data in them");
    }
    if (object.equals("system") && verb.equals("prune") && c.has("--volumes")) {
      return Optional.of("system prune --volumes deletes unused volumes and their data");
    }
    if (object.matches("system|machine") && verb.equals("reset")) {
      return Optional.of(object + " reset deletes every container, image and volume");
    }
    if (object.equals("machine") && verb.matches("rm|remove")) {
      return Optional.of("machine rm deletes the virtual machine with its containers and volumes");
    }
    if ((object.isEmpty() || object.matches("container|pod")) && verb.matches("rm|remove")) {
      if (c.has("-v", "--volumes")
          || c.words().stream().anyMatch(x -> x.matches("-[a-z]*v[a-z]*"))) {
        return Optional.of("rm -v deletes container " + names + " and its anonymous volumes");
      }
      if (c.has("-f", "--force") || c.words().stream().anyMatch(x -> x.matches("-[a-z]*f[a-z]*"))) {
        return bulk(targets)
            ? Optional.of("rm -f kills and deletes every container listed by " + producers(targets))
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Targets made of another command's output: every container or volume it lists. */
  private static boolean bulk(List<Arg> targets) {
    return targets.stream().anyMatch(a -> a.dynamic() || a.glob());
  }

  private static String producers(List<Arg> targets) {
    return targets.stream().filter(Arg::dynamic).map(Arg::value).findFirst().orElse("the command");
  }

  private static void composeDown(Cmd c, Findings findings) {
    List<String> w = c.words();
    int down = w.indexOf("down");
    int rm = w.indexOf("rm");
    int at = down >= 0 ? down : rm;
    if (at < 0) {
      return;
    }
    Optional<Arg> volumes = c.option("-v", "--volumes");
    if (volumes.isEmpty() && c.words().stream().noneMatch(x -> x.matches("-[a-z]*v[a-z]*"))) {
      return;
    }
    findings
        .report(FindingCode.DESTRUCTIVE_CONTAINER_OP, c.index())
        .message("compose " + w.get(at) + " -v deletes the project's volumes and the data in them")
        .at(volumes.map(Arg::span).orElse(c.args().get(at).span()))
        .safer("compose " + w.get(at) + " without -v keeps the volumes")
        .add();
  }

  private static String names(List<Arg> targets) {
    return targets.isEmpty() ? "" : String.join(" ", targets.stream().map(Arg::value).toList());
  }

  private static String safer(String object, String verb, String program) {
    if (object.equals("volume") || object.equals("system")) {
      return "back the volume up first ("
          + program
          + " run --rm -v VOLUME:/v -v $PWD:/b alpine tar czf /b/volume.tgz /v)";
    }
    return program + " stop NAME, then " + program + " rm NAME for the containers meant";
  }
}
