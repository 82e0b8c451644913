package dev.cmdguard.rules.data;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.unwrap.Arg;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code DESTRUCTIVE_INFRA}: tearing down infrastructure managed as code — {@code terraform|tofu
 * destroy}, {@code apply -destroy} (terraform docs, "Command: destroy"), {@code terragrunt destroy}
 * and {@code run-all destroy}, {@code pulumi destroy}/{@code down}, {@code cdk|cdktf destroy},
 * {@code serverless|sls remove}, {@code sam delete}, {@code copilot … delete}, {@code amplify
 * delete}, {@code vagrant destroy}. {@code plan -destroy} only plans.
 */
final class InfraChecks {
  private static final Set<String> VALUED =
      Set.of(
          "-s",
          "--stack",
          "-C",
          "--cwd",
          "--stage",
          "--profile",
          "--region",
          "-c",
          "--context",
          "--app",
          "-a",
          "-e",
          "--env",
          "-n",
          "--name");

  private static final Set<String> PROGRAMS =
      Set.of(
          "terraform",
          "tofu",
          "terragrunt",
          "pulumi",
          "cdk",
          "cdktf",
          "serverless",
          "sls",
          "sam",
          "copilot",
          "amplify",
          "vagrant");

  private InfraChecks() {}

  static boolean handles(String program) {
    return PROGRAMS.contains(program);
  }

  static void check(Cmd c, Findings findings) {
    if (c.has("-help", "--help", "-h")) {
      return;
    }
    List<Arg> ops = c.positionals(VALUED);
    Optional<Arg> verb = verb(c, ops);
    verb.ifPresent(
        v ->
            findings
                .report(FindingCode.DESTRUCTIVE_INFRA, c.index())
                .message(
                    c.program()
                        + " "
                        + v.value()
                        + " destroys the infrastructure it manages (servers, databases, storage)")
                .at(v)
                .safer(safer(c.program()))
                .add());
  }

  /** The verb that tears down, among the first operands ({@code terragrunt run-all destroy}). */
  private static Optional<Arg> verb(Cmd c, List<Arg> ops) {
    boolean tf = c.program().matches("terraform|tofu|terragrunt");
    for (int k = 0; k < Math.min(3, ops.size()); k++) {
      Arg a = ops.get(k);
      String v = a.value();
      if (v.equals("destroy")
          || v.equals("destroy-all")
          || (v.equals("apply") && tf && c.has("-destroy", "--destroy"))
          || (v.equals("down") && c.program().equals("pulumi"))
          || (v.equals("remove") && c.program().matches("serverless|sls"))
          || (v.equals("delete") && c.program().matches("sam|copilot|amplify"))) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  private static String safer(String program) {
    return switch (program) {
      case "terraform", "tofu", "terragrunt" ->
          program + " plan -destroy first, and destroy single resources with -target";
      case "pulumi" -> "pulumi preview --destroy first";
      case "cdk", "cdktf" -> program + " diff first, and keep RemovalPolicy.RETAIN on data stores";
      default -> "preview what would be removed first, and back up the data stores";
    };
  }
}
