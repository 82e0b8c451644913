package dev.cmdguard.cli.hook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns the fields of a payload into a {@link HookInput.Shell}, checking what the core needs. */
final class Commands {
  private Commands() {}

  /**
   * The shell command in {@code command}: a string is a bash script, a non-empty array of strings
   * an argv (some agents send {@code ["bash", "-lc", "…"]}).
   *
   * @param path the field's name for messages: {@code tool_input.command}
   * @param cwd the directory, already checked by {@link #directory}
   * @throws Payload.Unusable when the value has another type, is an empty array or holds a NUL
   */
  static HookInput.Shell shell(
      Object command, String path, String cwd, String session, Map<String, String> extra)
      throws Payload.Unusable {
    if (command instanceof String script) {
      noNul(script, path);
      return HookInput.Shell.script(script, cwd, session, extra);
    }
    if (command instanceof List<?> words) {
      List<String> argv = new ArrayList<>();
      for (Object word : words) {
        if (!(word instanceof String s)) {
          throw new Payload.Unusable(path + " must be a string or an array of strings");
        }
        noNul(s, path);
        argv.add(s);
      }
      if (argv.isEmpty()) {
        throw new Payload.Unusable(path + " is an empty array");
      }
      return HookInput.Shell.argv(argv, cwd, session, extra);
    }
    throw new Payload.Unusable(path + " must be a string or an array of strings");
  }

  /**
   * A PowerShell command line, judged as {@code powershell -Command TEXT} (the core reads
   * PowerShell through its {@code -Command} argument).
   */
  static HookInput.Shell powershell(
      String text, String path, String cwd, String session, Map<String, String> extra)
      throws Payload.Unusable {
    noNul(text, path);
    return HookInput.Shell.argv(List.of("powershell", "-Command", text), cwd, session, extra);
  }

  /**
   * An absolute directory, normalised ({@code /a/b/../c} is {@code /a/c}).
   *
   * @param path the field's name for messages
   * @throws Payload.Unusable when it is empty, relative or holds a NUL
   */
  static String directory(String dir, String path) throws Payload.Unusable {
    noNul(dir, path);
    if (!dir.startsWith("/")) {
      throw new Payload.Unusable(
          path + " must be an absolute directory, not " + (dir.isEmpty() ? "empty" : dir));
    }
    return Path.of(dir).normalize().toString();
  }

  /** {@code dir} resolved against {@code base} (both absolute), normalised. */
  static String resolve(String base, String dir, String path) throws Payload.Unusable {
    noNul(dir, path);
    if (dir.isEmpty()) {
      return base;
    }
    return Path.of(base).resolve(dir).normalize().toString();
  }

  private static void noNul(String text, String path) throws Payload.Unusable {
    int at = text.indexOf('\0');
    if (at >= 0) {
      throw new Payload.Unusable(path + " contains a NUL character at offset " + at);
    }
  }
}
