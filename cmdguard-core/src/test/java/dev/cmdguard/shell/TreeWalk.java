package dev.cmdguard.shell;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Every node of a tree in source order, found iteratively (hostile trees can be deep). */
final class TreeWalk {
  private TreeWalk() {}

  static List<Node> nodes(Script script) {
    List<Node> out = new ArrayList<>();
    Deque<Object> stack = new ArrayDeque<>();
    stack.push(script);
    while (!stack.isEmpty()) {
      Object o = stack.pop();
      if (o instanceof Node n) {
        out.add(n);
      }
      List<Object> children = children(o);
      for (int k = children.size() - 1; k >= 0; k--) {
        stack.push(children.get(k));
      }
    }
    return out;
  }

  private static List<Object> children(Object o) {
    List<Object> c = new ArrayList<>();
    switch (o) {
      case Script s -> c.addAll(s.commands());
      case Command.Simple s -> {
        s.assignments().forEach(a -> c.add(a.value()));
        c.addAll(s.words());
        c.addAll(s.redirections());
      }
      case Command.Pipeline p -> c.addAll(p.commands());
      case Command.AndOr a -> {
        c.add(a.left());
        c.add(a.right());
      }
      case Command.Background b -> c.add(b.command());
      case Command.Negation n -> c.add(n.command());
      case Command.Subshell s -> c.add(s.body());
      case Command.Group g -> c.add(g.body());
      case Command.If i -> {
        i.branches().forEach(b -> c.addAll(List.of(b.condition(), b.body())));
        i.elseBody().ifPresent(c::add);
      }
      case Command.Loop l -> c.addAll(List.of(l.condition(), l.body()));
      case Command.For f -> {
        f.values().ifPresent(c::addAll);
        c.add(f.body());
      }
      case Command.ArithmeticFor f -> {
        c.addAll(f.substitutions());
        c.add(f.body());
      }
      case Command.Case k -> {
        c.add(k.subject());
        k.items().forEach(i -> c.addAll(i.patterns()));
        k.items().forEach(i -> c.add(i.body()));
      }
      case Command.FunctionDefinition f -> c.add(f.body());
      case Command.Arithmetic a -> c.addAll(a.substitutions());
      case Command.Test t -> c.addAll(t.words());
      case Command.Redirected r -> {
        c.add(r.body());
        c.addAll(r.redirections());
      }
      case Word w -> c.addAll(w.parts());
      case WordPart.Parameter p -> p.argument().ifPresent(c::add);
      case WordPart.CommandSubstitution s -> c.add(s.body());
      case WordPart.ProcessSubstitution s -> c.add(s.body());
      case WordPart.ArithmeticExpansion a -> c.addAll(a.substitutions());
      case Redirection.File f -> c.add(f.target());
      case Redirection.Heredoc h -> c.add(h.body());
      case Redirection.HereString h -> c.add(h.word());
      default -> {}
    }
    return c;
  }

  /** The static argv of every simple command in the tree, such as {@code "rm -rf /"}. */
  static List<String> simpleCommands(Script script) {
    List<String> out = new ArrayList<>();
    for (Node n : nodes(script)) {
      if (n instanceof Command.Simple s && !s.words().isEmpty()) {
        out.add(
            String.join(" ", s.words().stream().map(w -> w.staticValue().orElse("?")).toList()));
      }
    }
    return out;
  }
}
