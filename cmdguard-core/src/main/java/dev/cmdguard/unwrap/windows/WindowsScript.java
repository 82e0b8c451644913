package dev.cmdguard.unwrap.windows;

import java.util.List;

/**
 * What a Windows command line runs.
 *
 * @param steps every command, in the order it would start
 * @param problems what could not be followed, one sentence each ({@code "a class definition is not
 *     analysed"}); the caller reports them so that nothing unread counts as harmless
 */
public record WindowsScript(List<Step> steps, List<String> problems) {
  public WindowsScript {
    steps = List.copyOf(steps);
    problems = List.copyOf(problems);
  }
}
