package dev.cmdguard.unwrap.windows;

import dev.cmdguard.shell.Span;
import dev.cmdguard.unwrap.Arg;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders what a Windows command line runs, one step per line: the argv (a run-time argument
 * written {@code ?value}), then {@code <label>} for each label, {@code |N} for a pipe from step N,
 * {@code <<'text'} for known input, {@code >target} for a redirection, {@code @dir} when the step
 * runs elsewhere than the start; problems last, as {@code !problem}.
 */
final class Steps {
  private Steps() {}

  static String render(Dialect dialect, String text) {
    return render(
        WindowsScripts.parse(
            dialect, Arg.of(text, new Span(0, text.length())), WindowsContext.of("dev", Map.of())));
  }

  static String render(WindowsScript script) {
    List<String> lines = script.steps().stream().map(Steps::step).collect(Collectors.toList());
    script.problems().forEach(p -> lines.add("!" + p));
    return String.join("\n", lines);
  }

  private static String step(Step s) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        s.argv().stream()
            .map(a -> (a.dynamic() ? "?" : "") + a.value())
            .collect(Collectors.joining(" ")));
    s.labels().forEach(l -> sb.append(" <").append(l).append('>'));
    if (s.pipeFrom() >= 0) {
      sb.append(" |").append(s.pipeFrom());
    }
    s.stdinText().ifPresent(t -> sb.append(" <<'").append(t.replace("\n", "\\n")).append('\''));
    s.redirects()
        .forEach(
            r -> sb.append(' ').append(r.fd()).append(r.operator()).append(r.target().value()));
    if (!s.directory().equals(java.util.Optional.of("."))) {
      sb.append(" @").append(s.directory().orElse("?"));
    }
    return sb.toString();
  }
}
