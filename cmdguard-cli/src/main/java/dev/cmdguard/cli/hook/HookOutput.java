package dev.cmdguard.cli.hook;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What a hook process answers: the text for standard output (the agent's JSON, or nothing), a note
 * for standard error, and the exit status. The service sends {@code stdout} as the response body.
 *
 * @param stdout the answer, UTF-8 JSON ending in a newline, or {@code ""} for "no opinion"
 * @param stderr a note for humans (the blocking reason when {@code exitCode} is 2), or {@code ""}
 * @param exitCode 0 when the agent reads {@code stdout}; 2 to block where the agent blocks on exit
 *     status 2 (then {@code stderr} is the reason)
 */
public record HookOutput(String stdout, String stderr, int exitCode) {
  /** The exit status that blocks a tool call in Claude Code, Codex, Gemini CLI and Cursor. */
  public static final int BLOCK = 2;

  public HookOutput {
    Objects.requireNonNull(stdout, "stdout");
    Objects.requireNonNull(stderr, "stderr");
  }

  /** No output at all, exit 0: the agent goes on as if there were no hook. */
  static HookOutput nothing() {
    return new HookOutput("", "", 0);
  }

  /** {@code stdout} as UTF-8 bytes. */
  public byte[] stdoutBytes() {
    return stdout.getBytes(StandardCharsets.UTF_8);
  }
}
