package dev.cmdguard.rules.data;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.unwrap.Arg;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code DESTRUCTIVE_K8S_OP} (kubectl reference, helm docs): {@code kubectl delete} of anything but
 * individually named pods (which their controller recreates) — namespaces, deployments, volumes
 * claims, {@code --all}, {@code -l}, {@code -f manifest}; {@code kubectl drain}; {@code kubectl
 * apply --prune}; {@code helm uninstall}. A {@code --dry-run=client|server} changes nothing.
 */
final class KubernetesChecks {
  /** kubectl options that take the next word as their value (global and common). */
  static final Set<String> VALUED =
      Set.of(
          "-n",
          "--namespace",
          "--context",
          "--cluster",
          "--kubeconfig",
          "--user",
          "-s",
          "--server",
          "--token",
          "--as",
          "--as-group",
          "--as-uid",
          "--certificate-authority",
          "--client-certificate",
          "--client-key",
          "--tls-server-name",
          "--request-timeout",
          "--cache-dir",
          "-l",
          "--selector",
          "-f",
          "--filename",
          "-o",
          "--output",
          "--field-selector",
          "--grace-period",
          "--timeout",
          "-c",
          "--container",
          "-k",
          "--kustomize",
          "-p",
          "--patch",
          "--type",
          "--replicas",
          "--template",
          "-v",
          "--raw",
          "--image",
          "--port",
          "-L",
          "--label-columns",
          "--sort-by",
          "--chunk-size",
          "--field-manager",
          "--kube-context",
          "--values",
          "--set",
          "--set-string",
          "--version",
          "--repo",
          "--description",
          "--wait-for",
          "--for");

  private static final Set<String> POD = Set.of("pod", "pods", "po");

  private static final Set<String> PROGRAMS =
      Set.of(
          "kubectl",
          "oc",
          "kubecolor",
          "microk8s.kubectl",
          "helm",
          "helm3",
          "microk8s.helm",
          "microk8s.helm3");

  private KubernetesChecks() {}

  static boolean handles(String program) {
    return PROGRAMS.contains(program);
  }

  static void check(Cmd c, Findings findings) {
    List<Arg> ops = c.positionals(VALUED);
    if (ops.isEmpty() || dryRun(c) || c.has("-h", "--help")) {
      return;
    }
    String verb = ops.get(0).value();
    Optional<String> what =
        c.program().startsWith("helm") || c.program().startsWith("microk8s.helm")
            ? helm(verb, ops)
            : kubectl(c, verb, ops);
    what.ifPresent(
        m ->
            findings
                .report(FindingCode.DESTRUCTIVE_K8S_OP, c.index())
                .message(m)
                .at(ops.get(ops.size() > 1 ? 1 : 0))
                .safer(safer(c.program(), verb))
                .add());
  }

  private static boolean dryRun(Cmd c) {
    return c.words().stream().anyMatch(w -> w.matches("--dry-run(=(client|server|true))?"));
  }

  private static Optional<String> helm(String verb, List<Arg> ops) {
    if (!verb.matches("uninstall|delete|del|un")) {
      return Optional.empty();
    }
    String release = ops.size() > 1 ? ops.get(1).value() : "the release";
    return Optional.of(
        "helm " + verb + " deletes release " + release + " and the resources it created");
  }

  private static Optional<String> kubectl(Cmd c, String verb, List<Arg> ops) {
    String k = c.program().startsWith("oc") ? "oc" : "kubectl";
    return switch (verb) {
      case "delete" -> delete(c, k, ops);
      case "drain" -> Optional.of(k + " drain " + name(ops, 1) + " evicts every pod from the node");
      case "apply" ->
          c.has("--prune")
              ? Optional.of(k + " apply --prune deletes every resource missing from the manifests")
              : Optional.empty();
      default -> Optional.empty();
    };
  }

  private static Optional<String> delete(Cmd c, String k, List<Arg> ops) {
    boolean all = c.has("--all", "-A", "--all-namespaces", "-l", "--selector", "--field-selector");
    Optional<Arg> file = c.values("-f", "--filename", "-k", "--kustomize").stream().findFirst();
    if (file.isPresent()) {
      return Optional.of(
          k + " delete -f " + file.get().value() + " deletes every resource it defines");
    }
    if (ops.size() < 2) {
      return Optional.empty();
    }
    String type = ops.get(1).value();
    String kind = type.contains("/") ? type.substring(0, type.indexOf('/')) : type;
    if (POD.contains(kind) && !all) {
      return Optional.empty();
    }
    String target = ops.size() > 2 ? type + " " + name(ops, 2) : type;
    if (all) {
      return Optional.of(
          k
              + " delete "
              + type
              + " deletes every matching "
              + kind
              + " ("
              + String.join(" ", c.words())
              + ")");
    }
    if (kind.matches("namespace|namespaces|ns|project|projects")) {
      return Optional.of(k + " delete " + target + " deletes the namespace and everything in it");
    }
    return Optional.of(k + " delete " + target + " deletes it from the cluster");
  }

  private static String name(List<Arg> ops, int k) {
    return ops.size() > k ? ops.get(k).value() : "";
  }

  private static String safer(String program, String verb) {
    if (program.startsWith("helm") || program.startsWith("microk8s.helm")) {
      return "helm uninstall --dry-run first, or --keep-history to allow a rollback";
    }
    if (verb.equals("drain")) {
      return "kubectl cordon NODE first, then drain with --dry-run=server to see what moves";
    }
    return "run it with --dry-run=server first, and save the objects (kubectl get -o yaml)";
  }
}
