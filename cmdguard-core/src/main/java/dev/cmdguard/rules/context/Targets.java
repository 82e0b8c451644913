package dev.cmdguard.rules.context;

import dev.cmdguard.rules.context.Environment.Signal;
import dev.cmdguard.rules.data.Databases;
import dev.cmdguard.rules.git.GitCommand;
import dev.cmdguard.rules.git.PushSpec;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a command's own arguments say about where it acts: the kube context, namespace and manifests
 * of kubectl and helm, the AWS profile, the Google Cloud project, the Azure subscription and
 * resource group, the Terraform var-files and directory, the database host and name, the SSH host,
 * the URL host of a request, the git remote and branch of a push, the Docker context, the Ansible
 * inventory, the stage of a deploy tool. Only these are matched: a word elsewhere (a commit
 * message, a file being read) says nothing about the target.
 */
final class Targets {
  /** The programs this class reads targets of (besides database commands). */
  private static final Set<String> KNOWN =
      Set.of(
          "kubectl",
          "oc",
          "kubecolor",
          "helm",
          "helm3",
          "aws",
          "gcloud",
          "az",
          "terraform",
          "tofu",
          "terragrunt",
          "pulumi",
          "docker",
          "podman",
          "ansible",
          "ansible-playbook",
          "ssh",
          "scp",
          "sftp",
          "rsync",
          "curl",
          "wget",
          "http",
          "https",
          "xh",
          "git",
          "cdk",
          "cdktf",
          "serverless",
          "sls",
          "cap",
          "kamal",
          "fly",
          "flyctl",
          "heroku",
          "firebase",
          "eb",
          "vercel",
          "netlify");

  private static final Pattern REMOTE_PATH = Pattern.compile("[^/]*:.*");
  private static final Pattern URL = Pattern.compile("(?i)https?://.*");
  private static final Set<String> URL_TOOLS = Set.of("curl", "wget", "http", "https", "xh");

  private Targets() {}

  /** The first production target named by {@code inv}, if any. */
  static Optional<Signal> of(Invocation inv, ProductionNames names) {
    if (!isKnown(inv.program())) {
      return Optional.empty();
    }
    if (inv.program().equals("git")) {
      return push(inv, names);
    }
    List<Arg> candidates = candidates(inv);
    boolean urls = URL_TOOLS.contains(inv.program());
    for (Arg a : candidates) {
      if (!a.dynamic() && (urls ? names.hostMatches(a.value()) : names.matches(a.value()))) {
        return Optional.of(new Signal(a.value(), a.span()));
      }
    }
    return Optional.empty();
  }

  private static List<Arg> candidates(Invocation inv) {
    String p = inv.program();
    if (Databases.isDatabaseCommand(p)) {
      return Databases.targets(inv);
    }
    return switch (p) {
      case "kubectl", "oc", "kubecolor", "helm", "helm3" -> kube(inv);
      case "aws" -> values(inv, "--profile", "--endpoint-url");
      case "gcloud" -> values(inv, "--project", "--configuration");
      case "az" -> values(inv, "--subscription", "-g", "--resource-group");
      case "terraform", "tofu", "terragrunt" ->
          values(inv, "-var-file", "-var", "-chdir", "--terragrunt-working-dir");
      case "pulumi" -> values(inv, "-s", "--stack");
      case "docker", "podman" -> values(inv, "--context", "-c", "-H", "--host");
      case "ansible", "ansible-playbook" ->
          values(inv, "-i", "--inventory", "-l", "--limit", "-e", "--extra-vars");
      case "ssh", "scp", "sftp", "rsync" -> hosts(inv);
      case "curl", "wget", "http", "https", "xh" -> urls(inv);
      case "cdk",
          "cdktf",
          "serverless",
          "sls",
          "cap",
          "kamal",
          "fly",
          "flyctl",
          "heroku",
          "firebase",
          "eb",
          "vercel",
          "netlify" ->
          deployArgs(inv);
      default -> List.of();
    };
  }

  private static List<Arg> kube(Invocation inv) {
    List<Arg> out = new ArrayList<>();
    for (Arg a : inv.args()) {
      if (a.value().equals("--")) {
        break;
      }
      out.add(a);
    }
    return out;
  }

  /** The values of {@code options}: {@code --opt v} and {@code --opt=v}. */
  static List<Arg> values(Invocation inv, String... options) {
    List<Arg> out = new ArrayList<>();
    List<Arg> a = inv.args();
    for (int i = 0; i < a.size(); i++) {
      String v = a.get(i).value();
      for (String o : options) {
        if (v.equals(o) && i + 1 < a.size()) {
          out.add(a.get(i + 1));
        } else if (v.startsWith(o + "=")) {
          out.add(a.get(i));
        }
      }
    }
    return out;
  }

  /** {@code user@host}, {@code host:path}: the words that name a remote machine. */
  private static List<Arg> hosts(Invocation inv) {
    List<Arg> out = new ArrayList<>();
    List<Arg> ops = inv.args().stream().filter(a -> !a.value().startsWith("-")).toList();
    if (inv.program().equals("ssh") || inv.program().equals("sftp")) {
      ops.stream().findFirst().ifPresent(out::add);
    } else if (!ops.isEmpty() && REMOTE_PATH.matcher(ops.get(ops.size() - 1).value()).matches()) {
      out.add(ops.get(ops.size() - 1));
    }
    return out;
  }

  private static List<Arg> urls(Invocation inv) {
    return inv.args().stream().filter(a -> URL.matcher(a.value()).matches()).toList();
  }

  /**
   * A push aims at production when its remote is named like production ({@code git push production
   * main}, a URL whose host is) or when it updates a branch that is named exactly like production
   * ({@code production}, {@code live}; {@code feature/live-chat} is not).
   */
  private static Optional<Signal> push(Invocation inv, ProductionNames names) {
    Optional<PushSpec> push = GitCommand.parse(inv).flatMap(PushSpec::of);
    if (push.isEmpty()) {
      return Optional.empty();
    }
    Optional<Arg> remote = push.get().remote().filter(r -> !r.dynamic());
    if (remote.isPresent() && remoteMatches(remote.get().value(), names)) {
      return Optional.of(new Signal("remote " + remote.get().value(), remote.get().span()));
    }
    for (PushSpec.Update u : push.get().updates()) {
      if (names.isPattern(u.ref())) {
        return Optional.of(new Signal("branch " + u.ref(), u.arg().span()));
      }
    }
    return Optional.empty();
  }

  private static boolean remoteMatches(String remote, ProductionNames names) {
    if (remote.contains("://")) {
      return names.hostMatches(remote);
    }
    int at = remote.indexOf('@');
    int colon = remote.indexOf(':');
    if (colon > at) {
      return names.matches(remote.substring(at + 1, colon));
    }
    return names.matches(remote);
  }

  /** Deploy tools name their stage, app or project as an argument ({@code --stage prod}). */
  private static List<Arg> deployArgs(Invocation inv) {
    List<Arg> out = new ArrayList<>();
    for (Arg a : inv.args()) {
      if (a.value().equals("--prod") || a.value().equals("--production")) {
        out.add(Arg.of("production", a.span()));
      } else if (!a.value().startsWith("-") || a.value().contains("=")) {
        out.add(a);
      }
    }
    out.addAll(
        values(
            inv,
            "--stage",
            "-s",
            "-a",
            "--app",
            "-r",
            "--remote",
            "-P",
            "--project",
            "-d",
            "--destination",
            "-c",
            "--context"));
    return out;
  }

  static boolean isKnown(String program) {
    return KNOWN.contains(program) || Databases.isDatabaseCommand(program);
  }
}
