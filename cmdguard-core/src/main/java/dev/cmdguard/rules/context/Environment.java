package dev.cmdguard.rules.context;

import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.shell.Span;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The production signals that come from the environment rather than from a command's own arguments,
 * followed through the command in order: the agent's environment ({@link
 * RuleContext#environment()}), {@code export NAME=value}, {@code NAME=value cmd} and {@code env
 * NAME=value cmd} prefixes, and tools whose selection persists ({@code terraform workspace select
 * prod}, {@code pulumi stack select prod}, {@code kubectl config use-context prod}, {@code docker
 * context use prod}, {@code gcloud config set project prod-x}).
 */
final class Environment {
  /** Variable names that select an environment, a profile, a host or a database. */
  private static final Pattern NAME =
      Pattern.compile(
          "(?i)[A-Z0-9_]*(ENV|ENVIRONMENT|STAGE|PROFILE|PROFILES_ACTIVE|CONTEXT|WORKSPACE|PROJECT|STACK"
              + "|HOST|URL|URI|DATABASE|DBNAME|SETTINGS_MODULE|KUBECONFIG)");

  private static final Pattern PREFIX =
      Pattern.compile("\\G\\s*([A-Za-z_][A-Za-z0-9_]*)=('[^']*'|\"[^\"]*\"|[^\\s'\";|&]*)");

  private static final java.util.Set<String> SELECTORS =
      java.util.Set.of("terraform", "tofu", "pulumi", "kubectl", "oc", "docker", "gcloud");

  private final ProductionNames names;
  private final RuleContext context;
  private Optional<Signal> exported = Optional.empty();
  private final Map<String, Signal> selected = new HashMap<>();
  private List<Signal> nextOnly = List.of();

  /**
   * A reason to think a command runs against production.
   *
   * @param why what says so, for the message ({@code RAILS_ENV=production})
   * @param at where it is in the command text ({@link Span#NONE} for the agent's environment)
   */
  record Signal(String why, Span at) {}

  Environment(ProductionNames names, RuleContext context) {
    this.names = names;
    this.context = context;
    for (Map.Entry<String, String> e : context.environment().entrySet()) {
      if (isProductionVariable(e.getKey(), e.getValue())) {
        exported =
            Optional.of(
                new Signal(e.getKey() + "=" + e.getValue() + " in the environment", Span.NONE));
        break;
      }
    }
  }

  boolean isProductionVariable(String name, String value) {
    return names.matches(value) && NAME.matcher(name).matches();
  }

  /**
   * The environment signal that applies to {@code inv} (its own prefixes first), then records what
   * {@code inv} changes for the commands after it.
   */
  Optional<Signal> observe(Invocation inv) {
    List<Signal> assigned = assignments(inv);
    Optional<Signal> own =
        prefix(inv)
            .or(() -> assigned.stream().findFirst())
            .or(() -> nextOnly.stream().findFirst())
            .or(() -> exported);
    nextOnly = List.of();
    switch (inv.program()) {
      case "export", "declare", "typeset" ->
          assigned.stream().findFirst().ifPresent(s -> exported = Optional.of(s));
      case "env", "sudo", "doas" -> nextOnly = assigned;
      default -> select(inv);
    }
    return own;
  }

  /** The persistent selection {@code key} ({@code terraform}, {@code kubectl} …), if production. */
  Optional<Signal> selected(String key) {
    return Optional.ofNullable(selected.get(key));
  }

  private void select(Invocation inv) {
    if (!SELECTORS.contains(inv.program())) {
      return;
    }
    List<String> w = inv.args().stream().map(Arg::value).toList();
    String key =
        switch (inv.program()) {
          case "terraform", "tofu" ->
              starts(w, "workspace", "select") || starts(w, "workspace", "new")
                  ? "terraform"
                  : null;
          case "pulumi" -> starts(w, "stack", "select") ? "pulumi" : null;
          case "kubectl", "oc" -> starts(w, "config", "use-context") ? "kubectl" : null;
          case "docker" -> starts(w, "context", "use") ? "docker" : null;
          case "gcloud" ->
              starts(w, "config", "set") && w.size() > 3 && w.get(2).equals("project")
                  ? "gcloud"
                  : null;
          default -> null;
        };
    if (key == null || inv.args().isEmpty()) {
      return;
    }
    Arg last = inv.args().get(inv.args().size() - 1);
    if (names.matches(last.value())) {
      selected.put(key, new Signal(inv.program() + " " + String.join(" ", w), last.span()));
    } else {
      selected.remove(key);
    }
  }

  private static boolean starts(List<String> w, String a, String b) {
    return w.size() > 2 && w.get(0).equals(a) && w.get(1).equals(b);
  }

  /** {@code NAME=value} prefixes written before the command's name in its own text. */
  private Optional<Signal> prefix(Invocation inv) {
    String source = context.command();
    int start = Math.min(inv.span().start(), source.length());
    if (source.indexOf('=', start, Math.min(inv.span().end(), source.length())) < 0) {
      return Optional.empty();
    }
    String text = inv.span().of(source);
    Matcher m = PREFIX.matcher(text);
    int base = inv.span().start();
    while (m.find()) {
      String value = m.group(2).replaceAll("^['\"]|['\"]$", "");
      if (isProductionVariable(m.group(1), value)) {
        return Optional.of(
            new Signal(m.group(1) + "=" + value, new Span(base + m.start(1), base + m.end())));
      }
    }
    return Optional.empty();
  }

  /** {@code NAME=value} arguments ({@code export}, {@code env}, {@code rake task RAILS_ENV=…}). */
  List<Signal> assignments(Invocation inv) {
    List<Signal> out = List.of();
    for (Arg a : inv.args()) {
      int eq = a.value().indexOf('=');
      if (eq > 0 && isProductionVariable(a.value().substring(0, eq), a.value().substring(eq + 1))) {
        out = out.isEmpty() ? new ArrayList<>() : out;
        out.add(new Signal(a.value(), a.span()));
      }
    }
    return out;
  }
}
