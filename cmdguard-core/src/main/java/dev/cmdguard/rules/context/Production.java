package dev.cmdguard.rules.context;

import dev.cmdguard.Finding;
import dev.cmdguard.FindingCode;
import dev.cmdguard.Risk;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.rules.context.Environment.Signal;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code PRODUCTION_ENVIRONMENT}: a command that changes something and is aimed at production is
 * raised one level above what it would be otherwise (the highest severity the other families
 * reported on it, or medium). Where it aims comes from its own arguments ({@link Targets}), a
 * selection made earlier in the command or the environment ({@link Environment}), the directory of
 * an infrastructure tool ({@code infra/prod}), or the host a remote command runs on ({@code ssh
 * prod-web-1 '…'}). Read-only commands in production ({@code kubectl get pods --context prod}) are
 * not raised ({@link Effects}).
 */
final class Production {
  /** Tools whose code is commonly kept in one directory per environment. */
  private static final Set<String> PER_DIRECTORY =
      Set.of(
          "terraform",
          "tofu",
          "terragrunt",
          "pulumi",
          "cdk",
          "serverless",
          "sls",
          "ansible-playbook");

  private final ProductionNames names;

  Production(ProductionNames names) {
    this.names = names;
  }

  void check(RuleContext context, Findings findings, List<Finding> prior) {
    Environment env = new Environment(names, context);
    List<Invocation> all = context.invocations();
    for (int i = 0; i < all.size(); i++) {
      Invocation inv = all.get(i);
      Optional<Signal> fromEnv = env.observe(inv);
      if (inv.program().isEmpty() || inv.has(Invocation.Trait.DYNAMIC_PROGRAM)) {
        continue;
      }
      boolean remote = inv.has(Invocation.Trait.REMOTE);
      Optional<Signal> target =
          remote
              ? remoteHost(inv).filter(names::matches).map(h -> new Signal("host " + h, inv.span()))
              : aim(inv, context, env, fromEnv);
      Optional<Risk> found = ContextRule.highest(prior, i);
      if (target.isEmpty()
          || (found.isEmpty() && (readsOnly(inv, context) || wrapsOthers(context, i)))) {
        continue;
      }
      report(findings, i, inv, target.get(), found.orElse(Risk.MEDIUM));
    }
  }

  private static void report(Findings findings, int i, Invocation inv, Signal target, Risk base) {
    findings
        .report(FindingCode.PRODUCTION_ENVIRONMENT, i)
        .severity(base.raised())
        .message(
            inv.program()
                + " changes something in production ("
                + target.why()
                + "), so it is raised from "
                + base.label()
                + " to "
                + base.raised().label())
        .at(target.at())
        .safer("try it against staging first, or run it with a dry-run or preview option")
        .add();
  }

  /**
   * A wrapper ({@code sudo}, {@code bash -c}) whose commands are judged on their own: on a
   * production host, {@code ssh prod 'sudo psql …'} is about {@code psql}.
   */
  private static boolean wrapsOthers(RuleContext context, int i) {
    return context.invocation(i).has(Invocation.Trait.REMOTE) && context.stage(i).size() > 1;
  }

  private Optional<Signal> aim(
      Invocation inv, RuleContext context, Environment env, Optional<Signal> fromEnv) {
    return Targets.of(inv, names)
        .or(() -> selection(inv, env))
        .or(() -> directory(inv, context))
        .or(() -> script(inv))
        .or(() -> Effects.environmentSensitive(inv) ? fromEnv : Optional.empty());
  }

  private static boolean readsOnly(Invocation inv, RuleContext context) {
    if (inv.has(Invocation.Trait.REMOTE)) {
      Set<Invocation.Trait> local = new HashSet<>(inv.traits());
      local.remove(Invocation.Trait.REMOTE);
      Invocation here =
          new Invocation(
              inv.program(),
              inv.argv(),
              inv.cwd(),
              inv.origin(),
              inv.span(),
              inv.stdin(),
              inv.redirects(),
              local);
      return dev.cmdguard.rules.ReadOnlyCommands.isReadOnly(here, context);
    }
    return Effects.readsOnly(inv, context);
  }

  /** The host of the innermost {@code ssh HOST} this remote invocation runs through. */
  private static Optional<String> remoteHost(Invocation inv) {
    List<String> origin = inv.origin();
    for (int k = origin.size() - 1; k >= 0; k--) {
      if (origin.get(k).startsWith("ssh ")) {
        return Optional.of(origin.get(k).substring(4).replaceAll("^.*@", ""));
      }
    }
    return Optional.empty();
  }

  private static Optional<Signal> selection(Invocation inv, Environment env) {
    String key =
        switch (inv.program()) {
          case "terraform", "tofu", "terragrunt" -> "terraform";
          case "pulumi" -> "pulumi";
          case "kubectl", "oc", "kubecolor", "helm", "helm3" -> "kubectl";
          case "docker", "podman" -> "docker";
          case "gcloud", "gsutil" -> "gcloud";
          default -> "";
        };
    return env.selected(key);
  }

  /** Infrastructure code kept per environment: {@code terraform apply} in {@code infra/prod}. */
  private Optional<Signal> directory(Invocation inv, RuleContext context) {
    if (!PER_DIRECTORY.contains(inv.program()) || inv.cwd().isEmpty()) {
      return Optional.empty();
    }
    String cwd = inv.cwd().get();
    String root = context.paths().workspace();
    if (!cwd.startsWith(root + "/")) {
      return Optional.empty();
    }
    String relative = cwd.substring(root.length() + 1);
    return names.segment(relative).map(s -> new Signal("directory " + relative, inv.span()));
  }

  /**
   * {@code npm run deploy:prod}, {@code make deploy-production}, {@code npm run deploy -- --env
   * production}: the script's name or an argument passed to it.
   */
  private Optional<Signal> script(Invocation inv) {
    if (!Tasks.SCRIPT_RUNNERS.contains(inv.program())) {
      return Optional.empty();
    }
    Optional<String> name = Tasks.scriptName(Effects.operands(inv));
    if (name.isEmpty()) {
      return Optional.empty();
    }
    if (names.matches(name.get())) {
      return Optional.of(new Signal("script " + name.get(), inv.span()));
    }
    List<Arg> args = inv.args();
    int at = args.stream().map(Arg::value).toList().indexOf(name.get());
    return args.subList(at + 1, args.size()).stream()
        .filter(a -> !a.dynamic() && names.matches(a.value()))
        .findFirst()
        .map(a -> new Signal(name.get() + " " + a.value(), a.span()));
  }
}
