package dev.cmdguard.cli;

import dev.cmdguard.policy.PolicyPresets;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cmdguard policy init --preset dev|ci|prod}: writes a commented policy file. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Write a commented policy file from a preset.",
    description = {
      "",
      "Presets:",
      "  dev   profile medium, sandbox auto (medium and above run sandboxed)",
      "  ci    profile high, sandbox always",
      "  prod  profile paranoid, sandbox always, no network",
      "",
      "Every key is explained in the file's comments. The file is written whole or not at all"
          + " (a temporary file renamed into place) and an existing file is kept unless --force.",
      "",
    },
    footer = {
      "",
      "Examples:",
      "  cmdguard policy init --preset dev                 # ./.cmdguard.yaml",
      "  cmdguard policy init --preset prod -o /etc/cmdguard/policy.yaml",
      "  cmdguard policy init --preset ci -o -             # print it",
      "",
      "Exit status: 0 written; 2 unknown preset, or the file exists (use --force); 1 internal"
          + " error.",
    })
final class PolicyInitCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @ParentCommand private PolicyCommand parent;

  @Option(
      names = "--preset",
      required = true,
      paramLabel = "NAME",
      description = "dev, ci or prod.")
  private String preset;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Where to write (default: .cmdguard.yaml in the current directory; - prints).")
  private String output = ".cmdguard.yaml";

  @Option(names = "--force", description = "Replace an existing file.")
  private boolean force;

  @Override
  public Integer call() {
    return Failures.run(spec.commandLine().getErr(), parent.debug(), this::init);
  }

  private int init() throws IOException, InputException {
    String text;
    try {
      text = PolicyPresets.text(preset);
    } catch (IllegalArgumentException e) {
      throw new InputException(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (output.equals("-")) {
      out.print(text);
      out.flush();
      return ExitCodes.OK;
    }
    Path file = parent.environment().workingDirectory().resolve(output).normalize();
    if (Files.exists(file) && !force) {
      throw new InputException(file + " exists; use --force to replace it");
    }
    Path dir = file.getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, ".cmdguard-policy", ".tmp");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
    out.println("wrote the " + preset + " preset to " + file);
    out.println("check it with: cmdguard policy show --cwd " + dir);
    out.flush();
    return ExitCodes.OK;
  }
}
