package dev.cmdguard.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cmdguard.policy.Layer;
import dev.cmdguard.policy.PolicyException;
import dev.cmdguard.policy.PolicyLayer;
import dev.cmdguard.policy.PolicyLoader;
import dev.cmdguard.policy.PolicyLocations;
import dev.cmdguard.policy.ProjectTrust;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cmdguard policy trust [FILE]}: trusts a project policy file (SPEC section 6), so that it
 * may loosen the policy as well as tighten it, for exactly its current content. The file's bytes
 * are read once and those bytes are hashed: what it shows is what it trusts. {@code --remove} drops
 * the trust.
 *
 * <p>A subcommand of {@code cmdguard policy}; it finds the {@link Environment} through the root
 * {@link Main} of its command line, so it works under any parent.
 */
@Command(
    name = "trust",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Trust a project policy file, so it may loosen the policy too.",
    description = {
      "",
      "An untrusted project policy (.cmdguard.yaml) can only tighten: add deny and ask rules,"
          + " raise the profile. Once a human trusts the file, all of it applies: allow rules,"
          + " lower severities, a lower profile. The trust is for the file's exact content, its"
          + " SHA-256: any change to the file drops it, and the file can only tighten again until"
          + " it is reviewed and trusted anew.",
      "",
      "FILE defaults to .cmdguard.yaml in the current directory or the nearest directory above it"
          + " that has one.",
      "",
    },
    footer = {
      "",
      "Examples:",
      "  cmdguard policy trust",
      "  cmdguard policy trust ~/project/.cmdguard.yaml",
      "  cmdguard policy trust --remove",
      "",
      "Exit status: 0 done, 2 no such file or the record cannot be changed, 1 internal error.",
    })
final class PolicyTrustCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "The project policy file (default: the nearest .cmdguard.yaml).")
  private String file;

  @Option(names = "--remove", description = "Drop the trust of the file instead.")
  private boolean remove;

  @Option(names = "--json", description = "Print the result as JSON.")
  private boolean json;

  /** A subcommand for picocli; the environment comes from the root {@link Main}. */
  PolicyTrustCommand() {}

  /**
   * @return {@link ExitCodes#OK}, {@link ExitCodes#USAGE} when the file cannot be found or read or
   *     the record cannot be changed, {@link ExitCodes#INTERNAL_ERROR} for a bug
   */
  @Override
  public Integer call() {
    Main main = (Main) spec.root().userObject();
    return Failures.run(spec.commandLine().getErr(), main.debug(), () -> run(main.environment()));
  }

  private int run(Environment env) throws InputException {
    Path policy = policyFile(env);
    ProjectTrust trust = ProjectTrust.at(PolicySetup.locations(env).trustedPolicies());
    PrintWriter out = spec.commandLine().getOut();
    try {
      if (remove) {
        Optional<String> was = trust.trustedHash(policy);
        boolean removed = trust.untrust(policy);
        report(out, policy, Optional.empty(), removed ? was : Optional.empty(), removed);
      } else {
        byte[] bytes = read(policy);
        String sha256 = PolicyLoader.sha256(bytes);
        requireValid(policy, sha256);
        Optional<String> was = trust.trustedHash(policy);
        trust.trust(policy, sha256, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        report(out, policy, Optional.of(sha256), was, !was.equals(Optional.of(sha256)));
      }
    } catch (IOException e) {
      throw TrustCommand.unusable(e);
    }
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * Refuses to trust a file that is not a valid policy (it would deny everything anyway), or one
   * that changed between the two reads.
   */
  private static void requireValid(Path policy, String sha256) throws InputException {
    try {
      PolicyLayer layer = PolicyLoader.load(policy, Layer.PROJECT);
      if (!layer.sha256().equals(sha256)) {
        throw new InputException(policy + " changed while it was read; run the command again");
      }
    } catch (PolicyException e) {
      throw new InputException(
          "not trusted: "
              + policy
              + " is not a valid policy:\n"
              + e.getMessage()
              + "\nfix it first (cmdguard policy validate "
              + policy
              + ")");
    }
  }

  /** The file given (against the working directory), or the nearest {@code .cmdguard.yaml}. */
  private Path policyFile(Environment env) throws InputException {
    Path dir = env.workingDirectory();
    if (file != null) {
      return dir.resolve(file).normalize();
    }
    for (Path d = dir; d != null; d = d.getParent()) {
      Path candidate = d.resolve(PolicyLocations.PROJECT_FILE);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new InputException(
        "no "
            + PolicyLocations.PROJECT_FILE
            + " in "
            + dir
            + " or a directory above it; name the file: cmdguard policy trust FILE");
  }

  /** The file's bytes, read once; at most {@link InputText#MAX_BYTES}. */
  private static byte[] read(Path policy) throws InputException {
    try (InputStream in = Files.newInputStream(policy)) {
      byte[] bytes = in.readNBytes(InputText.MAX_BYTES + 1);
      if (bytes.length > InputText.MAX_BYTES) {
        throw new InputException(policy + ": larger than 10 MiB; that is not a policy file");
      }
      return bytes;
    } catch (IOException e) {
      throw new InputException("cannot read " + TrustCommand.describe(e));
    }
  }

  private void report(
      PrintWriter out, Path policy, Optional<String> now, Optional<String> was, boolean changed) {
    if (json) {
      json(out, policy, now, was, changed);
    } else if (now.isPresent()) {
      out.println("Trusted " + policy);
      out.println("  sha256 " + now.get());
      if (was.equals(now)) {
        out.println("(it was already trusted with this content)");
      } else if (was.isPresent()) {
        out.println("(replaces the trust of an earlier content, sha256 " + was.get() + ")");
      }
      out.println("All of it now applies, loosening included. Any change to the file drops the");
      out.println("trust: review the change and run cmdguard policy trust again.");
    } else if (changed) {
      out.println("No longer trusted: " + policy + " (it can only tighten the policy again)");
    } else {
      out.println(policy + " was not trusted; nothing to remove.");
    }
  }

  /**
   * {@code {"path": …, "trusted": true|false, "sha256": …|null, "previousSha256": …|null,
   * "changed": true|false}}.
   */
  private static void json(
      PrintWriter out, Path policy, Optional<String> now, Optional<String> was, boolean changed) {
    try (JsonGenerator g = JsonOutput.pretty(out)) {
      g.writeStartObject();
      g.writeStringField("path", policy.toString());
      g.writeBooleanField("trusted", now.isPresent());
      g.writeStringField("sha256", now.orElse(null));
      g.writeStringField("previousSha256", was.orElse(null));
      g.writeBooleanField("changed", changed);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }
}
