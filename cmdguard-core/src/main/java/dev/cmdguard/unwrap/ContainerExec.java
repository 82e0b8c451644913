package dev.cmdguard.unwrap;

import java.util.List;
import java.util.Set;

/**
 * Commands run inside a container or pod: {@code docker exec CTR CMD…}, {@code podman exec}, {@code
 * docker compose exec SERVICE CMD…}, {@code kubectl exec POD -- CMD…} (and {@code oc exec}). The
 * inner command runs on another machine's file system, so it carries {@link
 * Invocation.Trait#REMOTE}, as under {@code ssh}. Other subcommands run nothing here.
 */
final class ContainerExec implements Unwrapper {
  private static final OptionScan DOCKER =
      OptionScan.of("euw", "--env", "--env-file", "--user", "--workdir", "--detach-keys");
  private static final OptionScan COMPOSE =
      OptionScan.of("euw", "--env", "--user", "--workdir", "--index");
  private static final OptionScan KUBECTL =
      OptionScan.of(
          "cnf",
          "--container",
          "--namespace",
          "--context",
          "--filename",
          "--kubeconfig",
          "--pod-running-timeout",
          "--cluster",
          "--user",
          "--server",
          "--token");

  @Override
  public Set<String> programs() {
    return Set.of("docker", "podman", "kubectl", "oc");
  }

  @Override
  public Unwrapped unwrap(Call call) {
    List<Arg> args = call.args();
    if (args.isEmpty()) {
      return Unwrapped.NONE;
    }
    String sub = args.get(0).value();
    if (sub.equals("compose") && args.size() > 1 && args.get(1).value().equals("exec")) {
      return inside(call.program() + " compose exec", args.subList(2, args.size()), COMPOSE);
    }
    if (!sub.equals("exec")) {
      return Unwrapped.NONE;
    }
    List<Arg> rest = args.subList(1, args.size());
    boolean kube = call.program().equals("kubectl") || call.program().equals("oc");
    return kube ? kubectl(call.program(), rest) : inside(call.program() + " exec", rest, DOCKER);
  }

  private static Unwrapped inside(String label, List<Arg> args, OptionScan options) {
    int target = options.scan(args).operand();
    if (target + 1 >= args.size()) {
      return Unwrapped.NONE;
    }
    List<Arg> command = args.subList(target + 1, args.size());
    return Unwrapped.of(
        Inner.Argv.of(command, label + " " + args.get(target).value(), Invocation.Trait.REMOTE));
  }

  private static Unwrapped kubectl(String program, List<Arg> args) {
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).value().equals("--") && i + 1 < args.size()) {
        List<Arg> before = args.subList(0, i);
        int pod = KUBECTL.scan(before).operand();
        String name = pod < before.size() ? before.get(pod).value() : "pod";
        return Unwrapped.of(
            Inner.Argv.of(
                args.subList(i + 1, args.size()),
                program + " exec " + name,
                Invocation.Trait.REMOTE));
      }
    }
    return inside(program + " exec", args, KUBECTL);
  }
}
