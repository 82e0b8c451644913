package dev.cmdguard.cli;

import static dev.cmdguard.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code cmdguard install} and {@code uninstall} on fixture settings files: every other setting and
 * its order kept, installing twice changes nothing, uninstalling gives the original back, a backup
 * for every write, and files cmdguard does not understand left alone. Expected files are {@code
 * src/test/resources/install/AGENT/*.json}; rerun with {@code -Dinstall.golden.update=true} after a
 * deliberate change, and review the diff.
 */
class InstallCommandTest {
  private static final Path FIXTURES = Path.of("src/test/resources/install");
  private static final boolean UPDATE = Boolean.getBoolean("install.golden.update");
  private static final String LAUNCHER = "/opt/cmdguard/cmdguard";

  @TempDir Path home;
  @TempDir Path project;

  private Cli cli;

  @BeforeEach
  void setUp() {
    cli = cli().env("HOME", home.toString()).env("CMDGUARD_LAUNCHER", LAUNCHER).in(project);
  }

  /** Where each agent's default scope puts its settings in this test's home and project. */
  private Path settings(String agent) {
    return switch (agent) {
      case "claude-code" -> home.resolve(".claude/settings.json");
      case "codex" -> home.resolve(".codex/hooks.json");
      case "gemini" -> home.resolve(".gemini/settings.json");
      case "cursor" -> home.resolve(".cursor/hooks.json");
      case "copilot" -> project.resolve(".github/hooks/cmdguard.json");
      default -> throw new IllegalArgumentException(agent);
    };
  }

  private static void assertGolden(Path actual, String agent, String name) throws IOException {
    Path expected = FIXTURES.resolve(agent).resolve(name);
    if (UPDATE) {
      Files.copy(actual, expected, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    assertThat(Files.readString(actual))
        .as(agent + "/" + name)
        .isEqualTo(Files.readString(expected));
  }

  private List<Path> backups(Path file) throws IOException {
    try (Stream<Path> files = Files.list(file.getParent())) {
      return files.filter(f -> f.getFileName().toString().endsWith(".bak")).toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"claude-code", "codex", "gemini", "cursor", "copilot"})
  void keepsEveryOtherSettingAndGivesTheOriginalBack(String agent) throws IOException {
    Path file = settings(agent);
    Files.createDirectories(file.getParent());
    String original = Files.readString(FIXTURES.resolve(agent).resolve("existing.json"));
    Files.writeString(file, original);

    Cli.Result installed = cli.run("install", agent);
    assertThat(installed.exit()).as(installed.err()).isZero();
    assertThat(installed.out()).contains("now runs '" + LAUNCHER + " hook " + agent + "'");
    assertGolden(file, agent, "existing.installed.json");
    assertThat(backups(file)).singleElement().satisfies(b -> assertThat(b).hasContent(original));

    String once = Files.readString(file);
    Cli.Result again = cli.run("install", agent);
    assertThat(again.exit()).isZero();
    assertThat(again.out()).contains("is already in " + file + "; nothing changed.");
    assertThat(file).hasContent(once);
    assertThat(backups(file)).hasSize(1);

    Cli.Result removed = cli.run("uninstall", agent);
    assertThat(removed.exit()).as(removed.err()).isZero();
    assertThat(file).hasContent(original);
    Cli.Result removedAgain = cli.run("uninstall", agent);
    assertThat(removedAgain.out()).contains("is not in " + file + "; nothing to remove.");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"claude-code", "codex", "gemini", "cursor", "copilot"})
  void createsAMissingFileAndItsDirectories(String agent) throws IOException {
    Path file = settings(agent);
    Cli.Result r = cli.run("install", agent);
    assertThat(r.exit()).as(r.err()).isZero();
    assertGolden(file, agent, "new.installed.json");
    assertThat(backups(file)).isEmpty();
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
  }

  @Test
  void copilotsOwnFileIsDeletedWhenNothingElseIsLeft() throws IOException {
    Path file = settings("copilot");
    cli.run("install", "copilot");
    Cli.Result r = cli.run("uninstall", "copilot");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .startsWith("Removed " + file + ", which held only cmdguard's hook (backup: ");
    assertThat(file).doesNotExist();
    assertThat(backups(file)).hasSize(1);
  }

  @Test
  void aMovedLauncherIsReplacedNotAdded() throws IOException {
    cli.run("install", "claude-code", "--command", "/old/place/cmdguard");
    cli.run("install", "claude-code");
    String text = Files.readString(settings("claude-code"));
    assertThat(text).doesNotContain("/old/place").containsOnlyOnce(LAUNCHER + " hook claude-code");
  }

  @Test
  void aLauncherPathWithSpacesIsQuotedForTheShell() throws IOException {
    cli.env("CMDGUARD_LAUNCHER", "/home/dev/my tools/cmdguard").run("install", "gemini");
    assertThat(Files.readString(settings("gemini")))
        .contains("\"command\": \"'/home/dev/my tools/cmdguard' hook gemini\"");
  }

  @Test
  void dryRunPrintsAUnifiedDiffAndWritesNothing() throws IOException {
    Path file = settings("cursor");
    Files.createDirectories(file.getParent());
    String original = Files.readString(FIXTURES.resolve("cursor/existing.json"));
    Files.writeString(file, original);
    Cli.Result r = cli.run("install", "cursor", "--dry-run");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .isEqualTo(
            "--- "
                + file
                + "\n+++ "
                + file
                + "\n@@ -10,6 +10,10 @@\n"
                + "       {\n"
                + "         \"command\": \"./hooks/audit-shell.sh\",\n"
                + "         \"timeout\": 5000\n"
                + "+      },\n"
                + "+      {\n"
                + "+        \"command\": \"/opt/cmdguard/cmdguard hook cursor\",\n"
                + "+        \"failClosed\": true\n"
                + "       }\n"
                + "     ],\n"
                + "     \"stop\": [\n");
    assertThat(r.err()).isEqualTo("cmdguard: dry run; nothing was written\n");
    assertThat(file).hasContent(original);
    assertThat(backups(file)).isEmpty();
  }

  @Test
  void dryRunOfANewFileDiffsAgainstDevNull() {
    Cli.Result r = cli.run("install", "codex", "--dry-run");
    assertThat(r.out())
        .startsWith("--- /dev/null\n+++ " + settings("codex") + "\n@@ -0,0 +1,16 @@\n+{\n");
    assertThat(settings("codex")).doesNotExist();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          '{"hooks": {"PreToolUse": [], }}'           | is not valid JSON (line 1, column 30)
          '{"model": "a", "model": "b"}'              | is not valid JSON (line 1, column 23): Duplicate field 'model'
          '{\n  // my settings\n  "model": "x"\n}'    | is not valid JSON (line 2, column 3): Unexpected character ('/' (code 47)): maybe a (non-standard) comment?
          '["not", "an", "object"]'                   | does not hold a JSON object; nothing was changed
          '{"hooks": ["PreToolUse"]}'                 | : "hooks" is not a JSON object; nothing was changed
          '{"hooks": {"PreToolUse": {"matcher": "Bash"}}}' | : "hooks".PreToolUse is not a JSON array; nothing was changed
          """)
  void leavesAFileItDoesNotUnderstandAlone(String content, String message) throws IOException {
    Path file = settings("claude-code");
    Files.createDirectories(file.getParent());
    String text = content.replace("\\n", "\n");
    Files.writeString(file, text);
    Cli.Result r = cli.run("install", "claude-code");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("cmdguard: " + file).contains(message);
    assertThat(file).hasContent(text);
    assertThat(backups(file)).isEmpty();
  }

  @Test
  void keepsTheFilesIndentationPermissionsAndMissingFinalNewline() throws IOException {
    Path file = settings("claude-code");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\n    \"model\": \"opus\",\n    \"rate\": 1.50\n}");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    cli.run("install", "claude-code");
    assertThat(Files.readString(file))
        .startsWith("{\n    \"model\": \"opus\",\n    \"rate\": 1.50,\n    \"hooks\": {\n")
        .endsWith("\n}");
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
  }

  @Test
  void followsASymbolicLinkAndKeepsIt() throws IOException {
    Path dotfiles = Files.createDirectories(home.resolve("dotfiles"));
    Path real = dotfiles.resolve("claude.json");
    Files.writeString(real, "{\n  \"model\": \"opus\"\n}\n");
    Path link = settings("claude-code");
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, Path.of("../dotfiles/claude.json"));
    Cli.Result r = cli.run("install", "claude-code");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(link).isSymbolicLink();
    assertThat(Files.readString(real)).contains("hook claude-code");
    assertThat(backups(real)).hasSize(1);
  }

  @Test
  void copilotHasNoUserSettings() {
    Cli.Result r = cli.run("install", "copilot", "--user");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .isEqualTo(
            "cmdguard: GitHub Copilot CLI reads hooks only from the repository's .github/hooks/;"
                + " use --project in the repository\n");
  }

  @Test
  void projectScopeWritesIntoTheCurrentDirectory() {
    Cli.Result r = cli.run("install", "claude-code", "--project");
    assertThat(r.exit()).isZero();
    assertThat(project.resolve(".claude/settings.json")).exists();
    assertThat(home.resolve(".claude")).doesNotExist();
  }

  @Test
  void codexHomeMovesCodexsUserSettings() throws IOException {
    Path codexHome = Files.createDirectories(home.resolve("codex-home"));
    cli.env("CODEX_HOME", codexHome.toString()).run("install", "codex");
    assertThat(codexHome.resolve("hooks.json")).exists();
  }

  @Test
  void withoutTheLauncherInstallNeedsCommand() {
    Cli.Result r = cli.env("CMDGUARD_LAUNCHER", "").run("install", "claude-code");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("CMDGUARD_LAUNCHER is not set").contains("--command");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          install aider               | unknown agent 'aider' (expected one of: claude-code, codex, gemini, cursor, copilot)
          install codex --user --project | give --user or --project, not both
          install codex --command=    | --command must not be empty
          """)
  void usageErrors(String line, String message) {
    Cli.Result r = cli.run(line.split(" "));
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).isEqualTo("cmdguard: " + message + "\n");
  }
}
