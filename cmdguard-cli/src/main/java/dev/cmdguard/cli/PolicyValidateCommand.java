package dev.cmdguard.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cmdguard.policy.Layer;
import dev.cmdguard.policy.PolicyException;
import dev.cmdguard.policy.PolicyLayer;
import dev.cmdguard.policy.PolicyLoader;
import dev.cmdguard.policy.PolicyProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cmdguard policy validate FILE…}: every problem of each policy file, or that it is valid.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Check policy files: unknown or duplicate keys, wrong types, bad patterns and codes.",
    description = {
      "",
      "Reads each file as cmdguard would and prints every problem as file:line:column: key:"
          + " message (hint), or that the file is valid with how many settings and rules it has."
          + " Nothing is changed.",
      "",
    },
    footer = {
      "",
      "Examples:",
      "  cmdguard policy validate .cmdguard.yaml",
      "  cmdguard policy validate --json ~/.config/cmdguard/policy.yaml",
      "",
      "Exit status: 0 every file is valid; 2 a file is invalid or missing; 1 internal error.",
    })
final class PolicyValidateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @ParentCommand private PolicyCommand parent;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The policy files to check.")
  private List<Path> files = new ArrayList<>();

  @Option(
      names = "--json",
      description = "One JSON document: each file, valid or not, its problems.")
  private boolean json;

  @Override
  public Integer call() {
    return Failures.run(spec.commandLine().getErr(), parent.debug(), this::validate);
  }

  private int validate() throws IOException {
    Path base = parent.environment().workingDirectory();
    PrintWriter out = spec.commandLine().getOut();
    List<Result> results = new ArrayList<>();
    for (Path f : files) {
      results.add(check(base.resolve(f).normalize(), f.toString()));
    }
    if (json) {
      writeJson(results, out);
    } else {
      for (Result r : results) {
        if (r.layer() != null) {
          out.printf(
              "%s: valid (%d settings, %d rules)%n",
              r.shown(), r.layer().settings().size(), r.layer().rules().size());
        } else {
          printProblems(out, r.problems());
        }
      }
    }
    out.flush();
    return results.stream().allMatch(r -> r.layer() != null) ? ExitCodes.OK : ExitCodes.USAGE;
  }

  private static Result check(Path file, String shown) {
    if (!Files.isRegularFile(file)) {
      return new Result(
          shown,
          null,
          List.of(new PolicyProblem(shown, 0, 0, "", "no such file", "check the path")));
    }
    try {
      return new Result(shown, PolicyLoader.load(file, Layer.PROJECT), List.of());
    } catch (PolicyException e) {
      return new Result(shown, null, e.problems());
    }
  }

  /** One line per problem: {@code file:line:column: key: message (hint)}. */
  static void printProblems(PrintWriter out, List<PolicyProblem> problems) {
    problems.forEach(p -> out.println(p.describe()));
    out.flush();
  }

  private static void writeJson(List<Result> results, PrintWriter out) throws IOException {
    try (JsonGenerator g = JsonOutput.pretty(out)) {
      g.writeStartObject();
      g.writeBooleanField("valid", results.stream().allMatch(r -> r.layer() != null));
      g.writeArrayFieldStart("files");
      for (Result r : results) {
        g.writeStartObject();
        g.writeStringField("file", r.shown());
        g.writeBooleanField("valid", r.layer() != null);
        if (r.layer() != null) {
          g.writeNumberField("settings", r.layer().settings().size());
          g.writeNumberField("rules", r.layer().rules().size());
          g.writeStringField("sha256", r.layer().sha256());
        }
        g.writeArrayFieldStart("problems");
        for (PolicyProblem p : r.problems()) {
          g.writeStartObject();
          g.writeStringField("file", p.file());
          g.writeNumberField("line", p.line());
          g.writeNumberField("column", p.column());
          g.writeStringField("key", p.keyPath());
          g.writeStringField("message", p.message());
          g.writeStringField("hint", p.hint());
          g.writeStringField("text", p.describe());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.println();
  }

  private record Result(String shown, PolicyLayer layer, List<PolicyProblem> problems) {}
}
