package dev.cmdguard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cmdguard policy}: the layered policy of SPEC section 6 — show the effective policy with
 * the source of every setting, validate a file, write a preset, trust a project's file.
 */
@Command(
    name = "policy",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Show, validate, write and trust policy files.",
    description = {
      "",
      "The policy is YAML in layers, weakest first: built-in defaults, the system file"
          + " (/etc/cmdguard/policy.yaml), the user file ($XDG_CONFIG_HOME/cmdguard/policy.yaml),"
          + " the project file (.cmdguard.yaml in the workspace or its nearest ancestor), then"
          + " command-line flags. A project file can only tighten (add deny/ask rules, raise the"
          + " profile or a severity) until a human trusts it with 'cmdguard policy trust'; any"
          + " change to it drops the trust. A broken file is never skipped: every decision is deny"
          + " until it is fixed.",
      "",
      "Environment: CMDGUARD_SYSTEM_POLICY, CMDGUARD_USER_POLICY and CMDGUARD_STATE_DIR move the"
          + " files (tests, containers). The reference of every key is docs/policy.md.",
      "",
    },
    subcommands = {
      PolicyShowCommand.class,
      PolicyValidateCommand.class,
      PolicyInitCommand.class,
      PolicyTrustCommand.class
    },
    synopsisSubcommandLabel = "(show | validate | init | trust)",
    commandListHeading = "%nSubcommands:%n",
    footer = {
      "",
      "Examples:",
      "  cmdguard policy show",
      "  cmdguard policy show --json --cwd ~/project",
      "  cmdguard policy validate .cmdguard.yaml",
      "  cmdguard policy init --preset ci",
      "  cmdguard policy trust",
    })
final class PolicyCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @ParentCommand private Main main;

  /** The environment of the process. */
  Environment environment() {
    return main.environment();
  }

  /** True when stack traces of internal errors should be printed. */
  boolean debug() {
    return main.debug();
  }

  /** Without a subcommand: the usage on standard error, and a usage error status. */
  @Override
  public Integer call() {
    spec.commandLine()
        .getErr()
        .println("cmdguard policy: which subcommand? (show, validate, init, trust)");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
