package dev.cmdguard.cli.install;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where and how an agent keeps its hooks, and the entry that runs {@code cmdguard hook AGENT} (SPEC
 * section 9; the file names and shapes are in {@code docs/agents.md}). Two shapes exist: grouped
 * ({@code hooks.EVENT[] = {"matcher": TOOL, "hooks": [HANDLER]}}: Claude Code, Codex, Gemini CLI)
 * and flat ({@code hooks.EVENT[] = HANDLER}: Cursor, Copilot CLI, whose files also carry {@code
 * "version": 1}).
 *
 * <p>An entry is cmdguard's when its command runs a program named {@code cmdguard} with {@code hook
 * AGENT}, or is exactly the command being installed; installing replaces every such entry with one
 * fresh one (so a moved launcher is updated), and uninstalling removes them, together with the
 * groups and lists that only held them.
 */
public final class HookTarget {
  /**
   * Seconds an agent waits for the hook; generous, since a rebuild of cmdguard can take a minute.
   */
  static final int TIMEOUT_SECONDS = 120;

  private final String agent;
  private final String title;
  private final String event;
  private final Optional<String> matcher;
  private final String commandField;
  private final boolean versioned;
  private final String note;

  private HookTarget(
      String agent,
      String title,
      String event,
      Optional<String> matcher,
      String commandField,
      boolean versioned,
      String note) {
    this.agent = agent;
    this.title = title;
    this.event = event;
    this.matcher = matcher;
    this.commandField = commandField;
    this.versioned = versioned;
    this.note = note;
  }

  private static final List<HookTarget> ALL =
      List.of(
          new HookTarget(
              "claude-code",
              "Claude Code",
              "PreToolUse",
              Optional.of("Bash"),
              "command",
              false,
              "Claude Code reads hooks when a session starts: restart running sessions, or review"
                  + " the change in /hooks."),
          new HookTarget(
              "codex",
              "Codex",
              "PreToolUse",
              Optional.of("Bash"),
              "command",
              false,
              "Codex runs a new or changed hook only after you review it: open /hooks in Codex."),
          new HookTarget(
              "gemini",
              "Gemini CLI",
              "BeforeTool",
              Optional.of("run_shell_command"),
              "command",
              false,
              "Gemini CLI reads hooks when it starts: restart running sessions."),
          new HookTarget(
              "cursor",
              "Cursor",
              "beforeShellExecution",
              Optional.empty(),
              "command",
              true,
              "Cursor reloads hooks.json by itself; a command it cannot judge is blocked"
                  + " (failClosed)."),
          new HookTarget(
              "copilot",
              "GitHub Copilot CLI",
              "preToolUse",
              Optional.empty(),
              "bash",
              true,
              "Copilot CLI reads .github/hooks/ when a session starts in this repository; commit"
                  + " the file to guard everyone's sessions."));

  /** The target for an agent name ({@code claude-code}, …), or empty. */
  public static Optional<HookTarget> byName(String name) {
    return ALL.stream().filter(t -> t.agent.equals(name)).findFirst();
  }

  /** The agent names, in a fixed order. */
  public static List<String> names() {
    return ALL.stream().map(t -> t.agent).toList();
  }

  /** The agent's name on the command line. */
  public String agent() {
    return agent;
  }

  /** The agent's name for people: {@code Claude Code}. */
  public String title() {
    return title;
  }

  /** What to do after installing, one or two sentences. */
  public String note() {
    return note;
  }

  /** The scope used when none is given: the user's, except for Copilot CLI (project only). */
  public Scope defaultScope() {
    return agent.equals("copilot") ? Scope.PROJECT : Scope.USER;
  }

  /**
   * The settings file for a scope.
   *
   * @throws SettingsException for a scope the agent has no settings file for (Copilot CLI reads
   *     hooks only from the repository)
   */
  public Path file(Scope scope, Places at) throws SettingsException {
    return switch (agent) {
      case "claude-code" -> base(scope, at, at.home()).resolve(".claude/settings.json");
      case "codex" ->
          scope == Scope.USER
              ? at.codexHome().resolve("hooks.json")
              : at.project().resolve(".codex/hooks.json");
      case "gemini" -> base(scope, at, at.home()).resolve(".gemini/settings.json");
      case "cursor" -> base(scope, at, at.home()).resolve(".cursor/hooks.json");
      case "copilot" -> {
        if (scope == Scope.USER) {
          throw new SettingsException(
              "GitHub Copilot CLI reads hooks only from the repository's .github/hooks/; use"
                  + " --project in the repository");
        }
        yield at.project().resolve(".github/hooks/cmdguard.json");
      }
      default -> throw new IllegalStateException("no settings file for agent " + agent);
    };
  }

  private static Path base(Scope scope, Places at, Path home) {
    return scope == Scope.USER ? home : at.project();
  }

  /**
   * Puts cmdguard's entry into a settings tree: the tree is unchanged when exactly that entry is
   * there already; otherwise cmdguard's old entries are removed and one is appended.
   *
   * @param command the shell command the agent runs: {@code /opt/cmdguard/cmdguard hook codex}
   * @throws SettingsException when {@code hooks} or its list for the event has the wrong type
   */
  public void install(ObjectNode root, String command) throws SettingsException {
    if (versioned && !root.has("version")) {
      ObjectNode rest = root.deepCopy();
      root.removeAll();
      root.put("version", 1);
      root.setAll(rest);
    }
    ArrayNode list = list(root, true);
    ObjectNode wanted = entry(command);
    List<JsonNode> ours = new ArrayList<>();
    for (JsonNode element : list) {
      if (holdsOurs(element, command)) {
        ours.add(element);
      }
    }
    if (ours.size() == 1 && ours.get(0).equals(wanted)) {
      return;
    }
    removeOurs(list, command);
    list.add(wanted);
  }

  /**
   * Removes cmdguard's entries, and the groups, event list and {@code hooks} object that held only
   * them.
   *
   * @return true when something was removed
   * @throws SettingsException when {@code hooks} or its list for the event has the wrong type
   */
  public boolean uninstall(ObjectNode root, String command) throws SettingsException {
    ArrayNode list = list(root, false);
    if (list == null || !removeOurs(list, command)) {
      return false;
    }
    ObjectNode hooks = (ObjectNode) root.get("hooks");
    if (list.isEmpty()) {
      hooks.remove(event);
      if (hooks.isEmpty()) {
        root.remove("hooks");
      }
    }
    return true;
  }

  /** The shell command for this agent: {@code LAUNCHER hook AGENT}. */
  public String command(String launcher) {
    return launcher + " hook " + agent;
  }

  private ArrayNode list(ObjectNode root, boolean create) throws SettingsException {
    JsonNode hooks = root.get("hooks");
    if (hooks == null) {
      if (!create) {
        return null;
      }
      hooks = root.putObject("hooks");
    }
    if (!(hooks instanceof ObjectNode object)) {
      throw new SettingsException("\"hooks\" is not a JSON object");
    }
    JsonNode list = object.get(event);
    if (list == null) {
      return create ? object.putArray(event) : null;
    }
    if (!(list instanceof ArrayNode array)) {
      throw new SettingsException("\"hooks\"." + event + " is not a JSON array");
    }
    return array;
  }

  /** The entry to install, keys in the order the agents' documentation shows them. */
  private ObjectNode entry(String command) {
    ObjectNode handler = SettingsFile.object();
    switch (agent) {
      case "cursor" -> {
        handler.put("command", command);
        handler.put("failClosed", true);
      }
      case "copilot" -> {
        handler.put("type", "command");
        handler.put("bash", command);
        handler.put("timeoutSec", TIMEOUT_SECONDS);
      }
      case "gemini" -> {
        handler.put("type", "command");
        handler.put("command", command);
        handler.put("name", "cmdguard");
        handler.put("timeout", TIMEOUT_SECONDS * 1000);
        handler.put("description", "cmdguard judges each shell command before it runs");
      }
      default -> {
        handler.put("type", "command");
        handler.put("command", command);
        handler.put("timeout", TIMEOUT_SECONDS);
      }
    }
    if (matcher.isEmpty()) {
      return handler;
    }
    ObjectNode group = SettingsFile.object();
    group.put("matcher", matcher.get());
    group.putArray("hooks").add(handler);
    return group;
  }

  private boolean holdsOurs(JsonNode element, String command) {
    if (matcher.isEmpty()) {
      return isOurs(element, command);
    }
    JsonNode handlers = element.get("hooks");
    if (handlers instanceof ArrayNode array) {
      for (JsonNode handler : array) {
        if (isOurs(handler, command)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Removes cmdguard's handlers, and groups left empty by it; true when any was removed. */
  private boolean removeOurs(ArrayNode list, String command) {
    boolean removed = false;
    for (int i = list.size() - 1; i >= 0; i--) {
      JsonNode element = list.get(i);
      if (matcher.isEmpty()) {
        if (isOurs(element, command)) {
          list.remove(i);
          removed = true;
        }
      } else if (element.get("hooks") instanceof ArrayNode handlers) {
        int before = handlers.size();
        for (int h = handlers.size() - 1; h >= 0; h--) {
          if (isOurs(handlers.get(h), command)) {
            handlers.remove(h);
          }
        }
        if (handlers.size() < before) {
          removed = true;
          if (handlers.isEmpty()) {
            list.remove(i);
          }
        }
      }
    }
    return removed;
  }

  /** True when a handler runs {@code command}, or a program named cmdguard with hook AGENT. */
  boolean isOurs(JsonNode handler, String command) {
    JsonNode value = handler.get(commandField);
    if (value == null || !value.isTextual()) {
      return false;
    }
    String text = value.textValue();
    if (text.equals(command)) {
      return true;
    }
    String[] words = text.strip().split("\\s+");
    for (int i = 0; i + 2 < words.length; i++) {
      String program = unquote(words[i]);
      String name = program.substring(program.lastIndexOf('/') + 1);
      if (name.equals("cmdguard")
          && words[i + 1].equals("hook")
          && unquote(words[i + 2]).equals(agent)) {
        return true;
      }
    }
    return false;
  }

  private static String unquote(String word) {
    return word.replace("'", "").replace("\"", "");
  }
}
