package dev.cmdguard.unwrap.windows;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * cmd.exe's first parsing phase (cmd /?, "set /?"): {@code %NAME%} is replaced by the variable's
 * value before the line is split into commands, so {@code rd /s /q %SystemRoot%} names {@code
 * C:\Windows}. A known value ({@link WindowsContext}) replaces the reference; an unknown one, a
 * substring or replacement form ({@code %X:~1%}, {@code %X:a=b%}), a batch parameter ({@code %1},
 * {@code %~dp0}) and delayed expansion ({@code !X!}) stay as written and are unknown. Text between
 * two {@code %} that holds a blank names no variable and stays as written ({@code for %f in (a) do
 * del %f}).
 */
final class CmdExpansion {
  private static final Pattern REFERENCE =
      Pattern.compile(
          "%([^%\\r\\n:]+)(:[^%\\r\\n]*)?%|%~?[0-9a-zA-Z]*[0-9*]|![A-Za-z_][^!\\r\\n]*!");

  private CmdExpansion() {}

  /** The expanded text; characters from {@code unknownFrom} of {@code text} on are unknown. */
  static Source expand(String text, int unknownFrom, WindowsContext context) {
    Source.Builder b = new Source.Builder();
    Matcher m = REFERENCE.matcher(text);
    int at = 0;
    while (m.find()) {
      copy(b, text, at, m.start(), unknownFrom);
      String ref = m.group();
      boolean plain = m.group(1) != null && m.group(2) == null;
      java.util.Optional<String> value =
          plain ? context.variable(m.group(1)) : java.util.Optional.empty();
      if (value.isPresent() && m.start() < unknownFrom) {
        b.append(value.get(), m.start(), m.end(), false);
      } else if (m.group(1) != null && m.group(1).matches(".*\\s.*")) {
        copy(b, text, m.start(), m.start() + 1, unknownFrom); // "50% of 10%": not a reference
        at = m.start() + 1;
        m.region(at, text.length());
        continue;
      } else {
        b.append(ref, m.start(), m.end(), true);
      }
      at = m.end();
    }
    copy(b, text, at, text.length(), unknownFrom);
    return b.build();
  }

  private static void copy(Source.Builder b, String text, int from, int to, int unknownFrom) {
    for (int i = from; i < to; i++) {
      b.append(String.valueOf(text.charAt(i)), i, i + 1, i >= unknownFrom);
    }
  }
}
