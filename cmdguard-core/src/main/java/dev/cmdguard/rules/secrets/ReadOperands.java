package dev.cmdguard.rules.secrets;

import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operands of a reading program that are files whose content it prints: all operands of {@code
 * cat}; those after the pattern of {@code grep}, {@code sed} and {@code awk} (unless the pattern
 * came with {@code -e}/{@code -f}); none for {@code sed -i} (edits in place) or {@code grep -q}
 * (prints a status). Option values are skipped per the man pages.
 */
final class ReadOperands {
  /** Short options with a value, per program; programs not listed take the empty string. */
  private static final Map<String, String> SHORT_VALUED =
      Map.ofEntries(
          Map.entry("head", "nc"),
          Map.entry("tail", "ncs"),
          Map.entry("cut", "dfcb"),
          Map.entry("fold", "w"),
          Map.entry("xxd", "cglsonC"),
          Map.entry("od", "AjNStw"),
          Map.entry("hexdump", "efns"),
          Map.entry("hd", "efns"),
          Map.entry("strings", "nte"),
          Map.entry("base64", "w"),
          Map.entry("base32", "w"),
          Map.entry("basenc", "w"),
          Map.entry("nl", "bdfhilnsvw"),
          Map.entry("sort", "kotSTy"),
          Map.entry("uniq", "fsw"),
          Map.entry("column", "scoNRWlCHd"),
          Map.entry("paste", "d"),
          Map.entry("pr", "hlwoNsSWe"),
          Map.entry("bat", "lHrm"),
          Map.entry("batcat", "lHrm"),
          Map.entry("less", "bhjkopPtTxyz"),
          Map.entry("diff", "UCFIxXWL"),
          Map.entry("iconv", "ft"),
          Map.entry("expand", "t"),
          Map.entry("unexpand", "t"),
          Map.entry("sed", "efl"),
          Map.entry("awk", "fvF"),
          Map.entry("gawk", "fvF"),
          Map.entry("mawk", "fvF"),
          Map.entry("nawk", "fvF"),
          Map.entry("jq", "fL"),
          Map.entry("yq", "fLIp"),
          Map.entry("vim", "cSuiTtwWs"),
          Map.entry("vi", "cSuiTtwWs"),
          Map.entry("nvim", "cSuiTtwWs"),
          Map.entry("view", "cSuiTtwWs"));

  private static final Set<String> LONG_VALUED =
      Set.of(
          "--lines",
          "--bytes",
          "--delimiter",
          "--fields",
          "--characters",
          "--expression",
          "--file",
          "--line-length",
          "--from-file",
          "--indent",
          "--language",
          "--line-range",
          "--highlight-line",
          "--style",
          "--theme",
          "--output",
          "--label",
          "--key",
          "--field-separator",
          "--wrap",
          "--width",
          "--sleep-interval",
          "--pid");

  /** jq options followed by two values (jq manual, "Invoking jq"). */
  private static final Set<String> TWO_VALUES =
      Set.of("--arg", "--argjson", "--slurpfile", "--rawfile");

  private static final Set<String> PATTERN_FIRST =
      Set.of("sed", "awk", "gawk", "mawk", "nawk", "jq", "yq");

  private ReadOperands() {}

  /** The files the invocation prints, or none when it prints none of their content. */
  static List<Arg> printed(Invocation inv) {
    String program = inv.program();
    if (Filters.printsNothing(inv) || editsInPlace(inv)) {
      return List.of();
    }
    if (Filters.GREPS.contains(program)) {
      Options o = Options.parse(inv.args(), Filters.shortValued(program), Filters.GREP_LONG_VALUED);
      return afterPattern(o, o.has("-e", "--regexp", "-f", "--file"));
    }
    List<Arg> args =
        program.equals("jq") || program.equals("yq") ? dropPairs(inv.args()) : inv.args();
    Options o = Options.parse(args, SHORT_VALUED.getOrDefault(program, ""), LONG_VALUED);
    if (!PATTERN_FIRST.contains(program)) {
      return o.operands();
    }
    boolean given = o.has("-e", "--expression", "-f", "--file", "--from-file");
    List<Arg> files = new ArrayList<>(afterPattern(o, given));
    if (program.equals("yq") && !files.isEmpty() && !given) {
      files.removeIf(a -> Set.of("e", "eval", "ea", "eval-all").contains(a.value()));
    }
    files.removeIf(a -> program.endsWith("awk") && a.value().matches("[A-Za-z_]\\w*=.*"));
    return files;
  }

  private static List<Arg> afterPattern(Options o, boolean patternGiven) {
    List<Arg> operands = o.operands();
    if (patternGiven || operands.isEmpty()) {
      return operands;
    }
    return operands.subList(1, operands.size());
  }

  /**
   * {@code sed -i}, {@code awk -i inplace}, {@code sort -o}: the file is rewritten, not printed.
   */
  private static boolean editsInPlace(Invocation inv) {
    return switch (inv.program()) {
      case "sed" ->
          Programs.hasFlag(inv, "i", Set.of("--in-place"))
              || Programs.words(inv).stream()
                  .anyMatch(w -> w.startsWith("-i") || w.startsWith("--in-place="));
      case "gawk", "awk" -> Programs.words(inv).contains("inplace");
      default -> false;
    };
  }

  private static List<Arg> dropPairs(List<Arg> args) {
    List<Arg> out = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      if (TWO_VALUES.contains(args.get(i).value())) {
        i += 2;
      } else {
        out.add(args.get(i));
      }
    }
    return out;
  }
}
