package dev.cmdguard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cmdguard trust remove ID}: forgets one approval, by the id {@code trust list} shows. */
@Command(
    name = "remove",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Forget a trusted command.",
    footer = {
      "",
      "Example:",
      "  cmdguard trust remove 3fa2b1c4",
      "",
      "Exit status: 0 removed, 2 no such id or the store cannot be changed, 1 internal error.",
    })
final class TrustRemoveCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @ParentCommand private TrustCommand trust;

  @Parameters(index = "0", paramLabel = "ID", description = "The entry's id (cmdguard trust list).")
  private String id;

  /**
   * @return {@link ExitCodes#OK} when removed, {@link ExitCodes#USAGE} when no entry has the id or
   *     the store cannot be changed, {@link ExitCodes#INTERNAL_ERROR} for a bug
   */
  @Override
  public Integer call() {
    return Failures.run(spec.commandLine().getErr(), trust.debug(), this::remove);
  }

  private int remove() throws InputException {
    boolean removed;
    try {
      removed = trust.store().remove(id);
    } catch (IOException e) {
      throw TrustCommand.unusable(e);
    }
    if (!removed) {
      throw new InputException(
          "no trusted command has the id " + ShellQuote.quote(id) + " (cmdguard trust list --all)");
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("Removed " + id + ".");
    out.flush();
    return ExitCodes.OK;
  }
}
