package dev.cmdguard.cli;

import dev.cmdguard.audit.AuditReader;
import dev.cmdguard.audit.AuditVerification;
import dev.cmdguard.audit.AuditVerifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cmdguard audit verify}: checks the audit log's hash chain ({@link AuditVerifier}) and
 * names the first broken record and what is wrong. Exit 0 when the chain holds, {@link
 * ExitCodes#BROKEN_CHAIN} when it does not.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Check that the audit log's hash chain holds.",
    description = {
      "",
      "Without FILE: the rotated files oldest first (PATH.5 … PATH.1), then the log, from where"
          + " the head file (PATH.head) says the chain begins to where it ends. Each record must"
          + " name the SHA-256 of the record before it and have the next seq. Reports the first"
          + " break: edited (a record changed), missing (records deleted), reordered, truncated"
          + " line (a record cut short), not JSON, head (head file missing or lost).",
      "",
      "With FILE…: those files in the order given, without the head: the chain may start at any"
          + " seq, and records deleted from the end cannot be seen.",
      "",
      "A torn last line, left by a writer killed mid-write, is skipped and reported, not a break:"
          + " the chain continues around it.",
      "",
    },
    footer = {
      "",
      "Examples:",
      "  cmdguard audit verify",
      "  cmdguard audit verify --json",
      "  cmdguard audit verify ~/backup/audit.jsonl.2 ~/backup/audit.jsonl.1",
      "",
      "Exit status:",
      "  0  the chain holds",
      "  5  the chain is broken (the output names the first broken record)",
      "  2  usage error, or a file that cannot be read",
      "  1  internal error (a bug; --debug shows the stack trace)",
    })
final class AuditVerifyCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @ParentCommand private AuditCommand audit;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files to verify, oldest first.")
  private List<String> files = new ArrayList<>();

  @Option(names = "--json", description = "Print a JSON document instead of text.")
  private boolean json;

  @Mixin private AuditFileOption file;

  @Override
  public Integer call() {
    return Failures.run(spec.commandLine().getErr(), audit.main().debug(), this::verify);
  }

  private int verify() throws InputException {
    Environment env = audit.main().environment();
    AuditVerification result;
    List<Path> read;
    String what;
    try {
      if (files.isEmpty()) {
        Path log = file.log(env);
        file.requireGivenFileExists(log);
        result = AuditVerifier.verifyLog(log);
        read = AuditReader.files(log);
        what = log.toString();
      } else {
        read = new ArrayList<>();
        for (String f : files) {
          Path p = env.workingDirectory().resolve(f).normalize();
          if (!Files.isRegularFile(p)) {
            throw new InputException("cannot read " + f + ": no such file");
          }
          read.add(p);
        }
        result = AuditVerifier.verify(read);
        what = read.stream().map(Path::toString).collect(Collectors.joining(", "));
      }
    } catch (IOException e) {
      throw new InputException("cannot read the audit log: " + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      AuditJson.verification(result, read, out);
    } else {
      AuditText.verification(result, what, out);
    }
    out.flush();
    return result.ok() ? ExitCodes.OK : ExitCodes.BROKEN_CHAIN;
  }
}
