package dev.cmdguard.policy;

import dev.cmdguard.FindingCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads a policy document's top-level mapping into a {@link PolicyLayer}, against the schema of
 * SPEC section 6: the dotted paths of {@link PolicyKey} as nested mappings, plus {@code rules} with
 * {@code allow|ask|deny} lists and {@code severity} with one level per finding code. Every problem
 * is collected; nothing is skipped silently. A section or rules list left empty ({@code git:} with
 * only comments below it) sets nothing; a setting without a value is an error.
 */
final class LayerWalker {
  private static final String RULES = "rules";
  private static final String SEVERITY = PolicyKey.SEVERITY.path();
  private static final List<String> ACTIONS =
      Arrays.stream(PolicyRule.Action.values()).map(PolicyRule.Action::label).toList();
  private static final List<String> CODES =
      Arrays.stream(FindingCode.values()).map(FindingCode::name).toList();

  private final Layer layer;
  private final Problems problems;
  private final PolicyValues values;
  private final List<Setting> settings = new ArrayList<>();
  private final List<PolicyRule> rules = new ArrayList<>();

  private LayerWalker(Layer layer, Problems problems) {
    this.layer = layer;
    this.problems = problems;
    this.values = new PolicyValues(problems);
  }

  /** The layer {@code root} describes; problems go to {@code problems}. */
  static PolicyLayer read(
      MappingNode root, Layer layer, String file, String sha256, Problems problems) {
    LayerWalker reader = new LayerWalker(layer, problems);
    reader.mapping(root, "");
    return new PolicyLayer(layer, file, sha256, reader.settings, reader.rules);
  }

  /** The keys allowed directly under {@code prefix} ({@code ""} for the top level). */
  static List<String> children(String prefix) {
    Set<String> names = new LinkedHashSet<>();
    for (PolicyKey key : PolicyKey.values()) {
      String p = key.path();
      if (prefix.isEmpty() || p.startsWith(prefix + ".")) {
        String rest = prefix.isEmpty() ? p : p.substring(prefix.length() + 1);
        names.add(rest.split("\\.", 2)[0]);
      }
      if (prefix.isEmpty() && key == PolicyKey.PROFILE) {
        names.add(RULES);
      }
    }
    return List.copyOf(names);
  }

  private void mapping(MappingNode node, String prefix) {
    List<String> known = children(prefix);
    for (NodeTuple entry : entries(node, prefix)) {
      Node keyNode = entry.getKeyNode();
      String name = ((ScalarNode) keyNode).getValue();
      String path = prefix.isEmpty() ? name : prefix + "." + name;
      Node value = entry.getValueNode();
      Optional<PolicyKey> key = PolicyKey.byPath(path);
      if (!known.contains(name)) {
        problems.at(keyNode, path, "unknown key '" + name + "'", unknownHint(name, prefix, known));
      } else if (path.equals(RULES)) {
        rules(value);
      } else if (path.equals(SEVERITY)) {
        severity(value);
      } else if (key.isPresent()) {
        setting(key.get(), value, path);
      } else if (isMapping(
          value, path, "keys under " + path + ": " + String.join(", ", children(path)))) {
        mapping((MappingNode) value, path);
      }
    }
  }

  private void setting(PolicyKey key, Node value, String path) {
    values
        .convert(key, value, path)
        .ifPresent(v -> settings.add(Setting.of(key, v, problems.source(layer, value))));
  }

  private void rules(Node value) {
    if (!isMapping(value, RULES, "write rules: { deny: [\"git push --force\"] }")) {
      return;
    }
    for (NodeTuple entry : entries((MappingNode) value, RULES)) {
      String name = ((ScalarNode) entry.getKeyNode()).getValue();
      String path = RULES + "." + name;
      Node list = entry.getValueNode();
      if (!ACTIONS.contains(name)) {
        problems.at(
            entry.getKeyNode(),
            path,
            "unknown key '" + name + "'",
            Suggestions.hint(name, ACTIONS, "keys"));
      } else if (list instanceof SequenceNode sequence) {
        PolicyRule.Action action = PolicyRule.Action.valueOf(name.toUpperCase(Locale.ROOT));
        List<Node> elements = sequence.getValue();
        for (int i = 0; i < elements.size(); i++) {
          Node element = elements.get(i);
          values
              .pattern(element, path + "[" + i + "]")
              .ifPresent(
                  p -> rules.add(new PolicyRule(action, p, problems.source(layer, element))));
        }
      } else if (!isEmpty(list)) {
        String hint =
            list instanceof ScalarNode s
                ? "write [\"" + s.getValue() + "\"] for a list of one"
                : "write [\"a\", \"b\"] or one '- pattern' per line";
        problems.at(
            list, path, "expected a list of strings, got " + PolicyValues.shape(list), hint);
      }
    }
  }

  private void severity(Node value) {
    if (!isMapping(value, SEVERITY, "write severity: { DOTENV_FILE_READ: high }")) {
      return;
    }
    for (NodeTuple entry : entries((MappingNode) value, SEVERITY)) {
      Node keyNode = entry.getKeyNode();
      String code = ((ScalarNode) keyNode).getValue();
      String path = SEVERITY + "." + code;
      if (!CODES.contains(code)) {
        String hint =
            Suggestions.closest(code, CODES)
                .map(c -> "did you mean '" + c + "'?")
                .orElse("the codes are listed in docs/rules/");
        problems.at(keyNode, path, "unknown finding code '" + code + "'", hint);
      } else if (FindingCode.valueOf(code).locked()) {
        problems.at(
            keyNode,
            path,
            code + " is locked at critical and cannot be overridden",
            "remove this entry");
      } else {
        Node level = entry.getValueNode();
        values
            .risk(level, path)
            .ifPresent(
                r ->
                    settings.add(
                        new Setting(PolicyKey.SEVERITY, code, r, problems.source(layer, level))));
      }
    }
  }

  /**
   * The entries of {@code node} whose keys are names, first occurrence only; reports keys that are
   * lists or mappings and keys written twice.
   */
  private List<NodeTuple> entries(MappingNode node, String prefix) {
    Map<String, Node> seen = new HashMap<>();
    List<NodeTuple> unique = new ArrayList<>();
    for (NodeTuple entry : node.getValue()) {
      Node keyNode = entry.getKeyNode();
      if (!(keyNode instanceof ScalarNode scalar)) {
        problems.at(
            keyNode, prefix, "a key must be a name, got " + PolicyValues.shape(keyNode), "");
        continue;
      }
      String name = scalar.getValue();
      Node first = seen.putIfAbsent(name, keyNode);
      if (first != null) {
        String path = prefix.isEmpty() ? name : prefix + "." + name;
        problems.at(
            keyNode,
            path,
            "duplicate key '" + name + "' (first at " + Problems.position(first) + ")",
            "");
      } else {
        unique.add(entry);
      }
    }
    return unique;
  }

  /** True for a mapping; false for an empty value, and false with a problem for anything else. */
  private boolean isMapping(Node value, String path, String hint) {
    if (value instanceof MappingNode) {
      return true;
    }
    if (!isEmpty(value)) {
      problems.at(value, path, "expected a mapping, got " + PolicyValues.shape(value), hint);
    }
    return false;
  }

  private static boolean isEmpty(Node value) {
    return value instanceof ScalarNode && value.getTag().equals(Tag.NULL);
  }

  private static String unknownHint(String name, String prefix, List<String> known) {
    if (prefix.isEmpty() && name.contains(".") && PolicyKey.byPath(name).isPresent()) {
      String[] parts = name.split("\\.", 2);
      return "nest it: " + parts[0] + ": { " + parts[1] + ": … }";
    }
    return Suggestions.hint(name, known, "keys");
  }
}
