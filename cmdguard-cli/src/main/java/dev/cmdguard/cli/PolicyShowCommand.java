package dev.cmdguard.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cmdguard.policy.Policy;
import dev.cmdguard.policy.PolicyException;
import dev.cmdguard.policy.PolicyRule;
import dev.cmdguard.policy.Setting;
import dev.cmdguard.policy.SeverityOverride;
import dev.cmdguard.unwrap.ShellContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cmdguard policy show}: the effective policy for a workspace, with every source. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Print the effective policy and where each setting comes from.",
    description = {
      "",
      "Merges the layers in force for the workspace (--cwd, default the current directory) and"
          + " prints every setting with its value and source (built-in, or file:line:column),"
          + " the severity overrides, every allow/ask/deny rule, and what an untrusted project"
          + " file tried to loosen and was ignored.",
      "",
    },
    footer = {
      "",
      "Exit status: 0 shown; 2 a policy file in force is broken (every problem on stderr; every"
          + " decision is deny until it is fixed); 1 internal error.",
    })
final class PolicyShowCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @ParentCommand private PolicyCommand parent;

  @Mixin private ContextOptions place;

  @Option(names = "--json", description = "Print a JSON document instead of text.")
  private boolean json;

  @Override
  public Integer call() {
    return Failures.run(spec.commandLine().getErr(), parent.debug(), this::show);
  }

  private int show() throws IOException {
    Environment env = parent.environment();
    ShellContext context = place.context(env);
    PrintWriter out = spec.commandLine().getOut();
    Policy policy;
    try {
      policy = PolicySetup.policies(env, PolicySetup.noFlags()).resolve(context.cwd());
    } catch (PolicyException broken) {
      PolicyValidateCommand.printProblems(spec.commandLine().getErr(), broken.problems());
      spec.commandLine()
          .getErr()
          .println("cmdguard: a policy file is broken: every decision is deny until it is fixed");
      return ExitCodes.USAGE;
    }
    if (json) {
      writeJson(context.cwd(), policy, out);
    } else {
      writeText(context.cwd(), policy, out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void writeText(String workspace, Policy policy, PrintWriter out) {
    out.println("Effective policy for " + workspace);
    out.println();
    out.println("Files:");
    if (policy.files().isEmpty()) {
      out.println("  (none: built-in defaults only)");
    }
    policy.files().forEach(f -> out.println("  " + f));
    out.println();
    out.println("Settings:");
    for (Setting s : policy.settings()) {
      out.printf(
          "  %-24s %-32s %s%n", s.path(), PolicyValues.show(s.value()), s.source().describe());
    }
    out.println();
    out.println("Severity overrides:");
    if (policy.severityOverrides().isEmpty()) {
      out.println("  (none)");
    }
    for (SeverityOverride o : policy.severityOverrides()) {
      out.printf(
          "  %-24s %-32s %s%n",
          o.code(),
          (o.raiseOnly() ? "at least " : "") + o.severity().label(),
          o.source().describe());
    }
    out.println();
    out.println("Rules (strictest wins):");
    if (policy.rules().isEmpty()) {
      out.println("  (none)");
    }
    for (PolicyRule r : policy.rules()) {
      out.printf(
          "  %-5s %-50s %s%n",
          r.action().label(), "\"" + r.pattern() + "\"", r.source().describe());
    }
    if (!policy.notices().isEmpty()) {
      out.println();
      out.println("Notices:");
      policy.notices().forEach(n -> out.println("  " + n));
    }
    out.println();
    out.println("Fingerprint: " + policy.fingerprint());
  }

  private static void writeJson(String workspace, Policy policy, PrintWriter out)
      throws IOException {
    try (JsonGenerator g = JsonOutput.pretty(out)) {
      g.writeStartObject();
      g.writeStringField("workspace", workspace);
      g.writeArrayFieldStart("files");
      for (String f : policy.files()) {
        g.writeString(f);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("settings");
      for (Setting s : policy.settings()) {
        g.writeStartObject();
        g.writeStringField("key", s.path());
        g.writeFieldName("value");
        PolicyValues.write(s.value(), g);
        PolicyValues.writeSource(s.source(), g);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("severity");
      for (SeverityOverride o : policy.severityOverrides()) {
        g.writeStartObject();
        g.writeStringField("code", o.code().name());
        g.writeStringField("severity", o.severity().label());
        g.writeBooleanField("raiseOnly", o.raiseOnly());
        PolicyValues.writeSource(o.source(), g);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("rules");
      for (PolicyRule r : policy.rules()) {
        g.writeStartObject();
        g.writeStringField("action", r.action().label());
        g.writeStringField("pattern", r.pattern());
        PolicyValues.writeSource(r.source(), g);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("notices");
      for (String n : policy.notices()) {
        g.writeString(n);
      }
      g.writeEndArray();
      g.writeStringField("fingerprint", policy.fingerprint());
      g.writeEndObject();
    }
    out.println();
  }
}
