package dev.cmdguard.cli.hook;

import java.util.List;
import java.util.Optional;

/** The agents cmdguard answers, by the name used on the command line. */
public final class HookAdapters {
  private static final List<HookAdapter> ALL =
      List.of(
          new ClaudeCodeAdapter(),
          new CodexAdapter(),
          new GeminiAdapter(),
          new CursorAdapter(),
          new CopilotAdapter());

  private HookAdapters() {}

  /**
   * The adapter for an agent.
   *
   * @param name {@code claude-code}, {@code codex}, {@code gemini}, {@code cursor} or {@code
   *     copilot}, exactly
   * @return the adapter, or empty for another name
   */
  public static Optional<HookAdapter> byName(String name) {
    return ALL.stream().filter(a -> a.name().equals(name)).findFirst();
  }

  /** The agents' names, in the order above. */
  public static List<String> names() {
    return ALL.stream().map(HookAdapter::name).toList();
  }
}
