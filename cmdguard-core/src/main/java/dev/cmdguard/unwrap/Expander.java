package dev.cmdguard.unwrap;

import dev.cmdguard.paths.Glob;
import dev.cmdguard.paths.Tilde;
import dev.cmdguard.shell.Script;
import dev.cmdguard.shell.Span;
import dev.cmdguard.shell.Word;
import dev.cmdguard.shell.WordPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Expands words the way bash does before a command runs (bash manual, "Shell Expansions"): tilde
 * expansion, parameter expansion with the values known in the {@link Scope}, command substitution
 * (whose commands are unwrapped as invocations too), and word splitting of unquoted expansions.
 * Filename expansion is not performed: unquoted pattern characters are kept and flagged ({@link
 * Arg#glob()}). What cannot be known stays dynamic, never empty.
 */
final class Expander {

  /** Runs a command or process substitution's body and tells what is known of its output. */
  interface Substitutions {
    /**
     * @param body the substitution's list
     * @param span the substitution's span in the current script
     * @return the programs that produce the output and, when it is statically known, the output
     *     with trailing newlines removed
     */
    Output run(Script body, Span span, boolean process);

    /** The text read from {@code file} when it is a process substitution whose output is known. */
    default Optional<String> processOutput(Arg file) {
      return Optional.empty();
    }
  }

  /** What is known of a substitution's output. */
  record Output(List<String> producers, Optional<String> text) {}

  /** First of the private-use characters standing for expansions during brace expansion. */
  private static final char PLACEHOLDER = '\uE000';

  private static final int PLACEHOLDERS = 256;

  private final ShellContext context;
  private final Scope scope;
  private final String source;
  private final Frame frame;
  private final Substitutions substitutions;

  Expander(
      ShellContext context, Scope scope, String source, Frame frame, Substitutions substitutions) {
    this.context = context;
    this.scope = scope;
    this.source = source;
    this.frame = frame;
    this.substitutions = substitutions;
  }

  /**
   * What a program reads from {@code file}, when it is a process substitution with known output.
   */
  Optional<String> processOutput(Arg file) {
    return substitutions.processOutput(file);
  }

  /** Expands every word, in order, into the fields the command would receive. */
  List<Arg> expandAll(List<Word> words) {
    List<Arg> out = new ArrayList<>();
    for (Word word : words) {
      out.addAll(expand(word));
    }
    return out;
  }

  /**
   * Expands one word into zero or more fields: an unquoted expansion whose known value holds blanks
   * gives several, one whose known value is empty gives none.
   */
  List<Arg> expand(Word word) {
    List<Arg> braces = braces(word);
    return braces != null ? braces : expandFields(word);
  }

  private List<Arg> expandFields(Word word) {
    Fields fields = new Fields(frame.map(word.span()));
    List<WordPart> parts = word.parts();
    for (int i = 0; i < parts.size(); i++) {
      WordPart part = parts.get(i);
      // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
      if (part instanceof WordPart.Literal lit) {
        literal(fields, lit, i == 0);
      } else if (part instanceof WordPart.Parameter p) {
        parameter(fields, p);
      } else if (part instanceof WordPart.CommandSubstitution c) {
        substituted(fields, c.body(), c.span(), c.quoted());
      } else if (part instanceof WordPart.ProcessSubstitution p) {
        Output out = substitutions.run(p.body(), p.span(), true);
        fields.unknown(p.span().of(source), out.producers());
      } else if (part instanceof WordPart.ArithmeticExpansion a) {
        for (Script sub : a.substitutions()) {
          substitutions.run(sub, sub.span(), false);
        }
        arithmetic(fields, a);
      } else {
        throw new IllegalStateException("unexpected word part: " + part);
      }
    }
    return fields.finish();
  }

  /**
   * Expands a word that is not subject to splitting (an assignment value, a here-string, a case
   * subject): one argument.
   */
  Arg expandSingle(Word word) {
    List<Arg> args = expand(word);
    if (args.size() == 1) {
      return args.get(0);
    }
    Span span = frame.map(word.span());
    if (args.isEmpty()) {
      return Arg.of("", span);
    }
    return join(args, span);
  }

  /** Joins fields with single spaces, as {@code eval} and {@code ssh} do with their arguments. */
  static Arg join(List<Arg> args, Span span) {
    StringBuilder value = new StringBuilder();
    boolean dynamic = false;
    boolean glob = false;
    String prefix = null;
    List<String> producers = new ArrayList<>();
    for (Arg arg : args) {
      if (!value.isEmpty()) {
        value.append(' ');
      }
      if (arg.dynamic() && prefix == null) {
        prefix = value + arg.knownPrefix();
      }
      value.append(arg.value());
      dynamic |= arg.dynamic();
      glob |= arg.glob();
      producers.addAll(arg.producers());
    }
    String text = value.toString();
    return new Arg(text, dynamic, dynamic ? prefix : text, glob, producers, span);
  }

  /**
   * Brace expansion (bash manual, "Brace Expansion"), which comes before every other expansion:
   * {@code {rm,-rf,/}} gives three words, {@code ${HOME}{,.bak}} two. Expansions inside the word
   * stand in the text as single private-use characters that never take part in a brace list, and
   * are put back into each resulting word. Returns null when the word has no unquoted brace list.
   */
  private List<Arg> braces(Word word) {
    StringBuilder text = new StringBuilder();
    StringBuilder flags = new StringBuilder();
    boolean candidate = false;
    List<WordPart> parts = word.parts();
    for (int i = 0; i < parts.size() && i < PLACEHOLDERS; i++) {
      if (parts.get(i) instanceof WordPart.Literal lit) {
        boolean unquoted = lit.quoting() == WordPart.Quoting.UNQUOTED;
        candidate |= unquoted && lit.value().indexOf('{') >= 0;
        text.append(lit.value());
        flags.append(String.valueOf(unquoted ? '1' : '0').repeat(lit.value().length()));
      } else {
        text.append((char) (PLACEHOLDER + i));
        flags.append('0');
      }
    }
    if (!candidate || parts.size() > PLACEHOLDERS) {
      return null;
    }
    boolean[] active = new boolean[flags.length()];
    for (int i = 0; i < active.length; i++) {
      active[i] = flags.charAt(i) == '1';
    }
    List<String> words = BraceExpansion.expand(text.toString(), active);
    if (words.size() == 1 && words.get(0).contentEquals(text)) {
      return null;
    }
    List<Arg> out = new ArrayList<>();
    for (String w : words) {
      out.addAll(expandFields(rebuild(w, parts, word.span())));
    }
    return out;
  }

  /** A word from brace-expanded text: placeholders become the original parts again. */
  private static Word rebuild(String text, List<WordPart> parts, Span span) {
    List<WordPart> rebuilt = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int index = c - PLACEHOLDER;
      if (index >= 0 && index < PLACEHOLDERS) {
        if (!literal.isEmpty()) {
          rebuilt.add(new WordPart.Literal(literal.toString(), WordPart.Quoting.UNQUOTED, span));
          literal.setLength(0);
        }
        rebuilt.add(parts.get(index));
      } else {
        literal.append(c);
      }
    }
    if (!literal.isEmpty() || rebuilt.isEmpty()) {
      rebuilt.add(new WordPart.Literal(literal.toString(), WordPart.Quoting.UNQUOTED, span));
    }
    return new Word(rebuilt, span);
  }

  private void literal(Fields fields, WordPart.Literal lit, boolean first) {
    String value = lit.value();
    if (lit.quoting() != WordPart.Quoting.UNQUOTED) {
      fields.quoted(value);
      return;
    }
    if (first && value.startsWith("~")) {
      value = tilde(value);
    }
    fields.unquoted(value, Glob.hasPattern(value));
  }

  /** Tilde expansion (bash manual, "Tilde Expansion") with the home the scope knows. */
  private String tilde(String value) {
    Optional<String> home = scope.lookup("HOME");
    String dir = home == null || home.get().isEmpty() ? context.home() : home.get();
    return Tilde.expand(value, dir, context.user(), scope.cwd()).orElse(value);
  }

  private void parameter(Fields fields, WordPart.Parameter p) {
    if ((p.name().equals("@") || p.name().equals("*")) && p.operator().isEmpty()) {
      Optional<String> count = scope.lookup("#");
      if (count != null) {
        positional(fields, p, Integer.parseInt(count.get()));
        return;
      }
    }
    String value = value(p);
    if (value == null) {
      fields.unknown(p.span().of(source), List.of());
    } else if (p.quoted()) {
      fields.quoted(value);
    } else {
      fields.split(value);
    }
  }

  private void positional(Fields fields, WordPart.Parameter p, int count) {
    for (int i = 1; i <= count; i++) {
      String value = scope.lookup(Integer.toString(i)).orElse("");
      if (p.quoted() && p.name().equals("@")) {
        if (i > 1) {
          fields.breakField();
        }
        fields.quoted(value);
      } else {
        fields.split((i > 1 ? " " : "") + value);
      }
    }
  }

  /** The known value of a parameter expansion, or null when it depends on run time. */
  private String value(WordPart.Parameter p) {
    Optional<String> current = scope.lookup(p.name());
    String op = p.operator();
    if (op.isEmpty()) {
      return current == null ? null : current.get();
    }
    if (current == null) {
      return null;
    }
    String v = current.get();
    return switch (op) {
      case ":-", ":=" -> v.isEmpty() ? argument(p) : v;
      case "-", "=" -> v;
      case ":+" -> v.isEmpty() ? "" : argument(p);
      case "+" -> argument(p);
      case "#" -> Integer.toString(v.length());
      default -> null;
    };
  }

  private String argument(WordPart.Parameter p) {
    if (p.argument().isEmpty()) {
      return "";
    }
    List<Arg> args = expand(p.argument().get());
    Arg joined = args.isEmpty() ? Arg.of("", Span.NONE) : join(args, Span.NONE);
    return joined.dynamic() ? null : joined.value();
  }

  private void substituted(Fields fields, Script body, Span span, boolean quoted) {
    Output out = substitutions.run(body, span, false);
    if (out.text().isEmpty()) {
      fields.unknown(span.of(source), out.producers());
    } else if (quoted) {
      fields.quoted(out.text().get());
    } else {
      fields.split(out.text().get());
    }
  }

  private void arithmetic(Fields fields, WordPart.ArithmeticExpansion a) {
    java.util.OptionalLong value =
        a.substitutions().isEmpty()
            ? Arithmetic.evaluate(
                a.expression(),
                name -> {
                  Optional<String> v = scope.lookup(name);
                  return v == null ? null : v.get();
                })
            : java.util.OptionalLong.empty();
    if (value.isPresent()) {
      fields.quoted(Long.toString(value.getAsLong()));
    } else {
      fields.unknown(a.span().of(source), List.of());
    }
  }

  /** Accumulates the fields of one word. */
  private static final class Fields {
    private final Span span;
    private final List<Arg> done = new ArrayList<>();
    private StringBuilder value = new StringBuilder();
    private boolean started;
    private boolean dynamic;
    private boolean glob;
    private String prefix;
    private List<String> producers = new ArrayList<>();

    Fields(Span span) {
      this.span = span;
    }

    void quoted(String text) {
      value.append(text);
      started = true;
    }

    void unquoted(String text, boolean pattern) {
      value.append(text);
      started |= !text.isEmpty();
      glob |= pattern;
    }

    void unknown(String shown, List<String> from) {
      if (!dynamic) {
        prefix = value.toString();
      }
      dynamic = true;
      started = true;
      value.append(shown);
      producers.addAll(from);
    }

    /** Appends an unquoted expansion's value, splitting it on blanks (IFS default). */
    void split(String text) {
      int i = 0;
      int n = text.length();
      while (i < n) {
        int start = i;
        while (i < n && !isBlank(text.charAt(i))) {
          i++;
        }
        if (i > start) {
          unquoted(text.substring(start, i), Glob.hasPattern(text.substring(start, i)));
        }
        if (i < n) {
          breakField();
          while (i < n && isBlank(text.charAt(i))) {
            i++;
          }
        }
      }
    }

    void breakField() {
      if (started) {
        String v = value.toString();
        done.add(new Arg(v, dynamic, dynamic ? prefix : v, glob, producers, span));
      }
      value = new StringBuilder();
      started = false;
      dynamic = false;
      glob = false;
      prefix = null;
      producers = new ArrayList<>();
    }

    List<Arg> finish() {
      breakField();
      return done;
    }

    private static boolean isBlank(char c) {
      return c == ' ' || c == '\t' || c == '\n';
    }
  }
}
