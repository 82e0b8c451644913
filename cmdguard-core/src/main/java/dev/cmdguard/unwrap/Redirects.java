package dev.cmdguard.unwrap;

import dev.cmdguard.shell.Redirection;
import dev.cmdguard.shell.Span;
import dev.cmdguard.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves a command's redirections (bash manual, "Redirections"): expanded targets for output and
 * input files, and the standard input that here-documents, here-strings and {@code < file} give.
 *
 * @param resolved every redirection with its target expanded
 * @param input the standard input set by the last input redirection, if any
 */
record Redirects(List<ResolvedRedirect> resolved, Optional<Input> input) {

  static Redirects resolve(
      List<Redirection> redirections, Expander expander, String source, Frame frame) {
    List<ResolvedRedirect> out = new ArrayList<>();
    Optional<Input> input = Optional.empty();
    for (Redirection r : redirections) {
      // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
      if (r instanceof Redirection.File f) {
        Arg target = expander.expandSingle(f.target());
        boolean dup = f.operator().equals(">&") || f.operator().equals("<&");
        boolean toFd = dup && (target.value().matches("[0-9]+-?|-"));
        out.add(
            new ResolvedRedirect(
                fd(f.fd(), f.operator()), f.operator(), target, toFd, frame.map(f.span())));
        if (f.operator().equals("<") || f.operator().equals("<>")) {
          input =
              Optional.of(
                  new Input(
                      new Stdin.File(target),
                      expander.processOutput(target), // bash < <(echo …)
                      frame.whole(f.target().span())));
        }
      } else if (r instanceof Redirection.Heredoc h) {
        input = Optional.of(heredoc(h, expander, source, frame));
      } else if (r instanceof Redirection.HereString h) {
        Arg word = expander.expandSingle(h.word());
        Optional<String> text =
            word.dynamic() ? Optional.empty() : Optional.of(word.value() + "\n");
        input =
            Optional.of(
                new Input(
                    new Stdin.HereString(word), text, mapping(h.word(), word, source, frame)));
      } else {
        throw new IllegalStateException("unexpected redirection: " + r);
      }
    }
    return new Redirects(out, input);
  }

  private static Input heredoc(
      Redirection.Heredoc h, Expander expander, String source, Frame frame) {
    Word body = h.body();
    if (h.quoted()) {
      String text = body.staticValue().orElse(body.span().of(source));
      return new Input(
          new Stdin.Heredoc(text, false, false),
          Optional.of(text),
          verbatimOrWhole(body.span(), text, source, frame));
    }
    Arg value = expander.expandSingle(body);
    Optional<String> text = value.dynamic() ? Optional.empty() : Optional.of(value.value());
    return new Input(
        new Stdin.Heredoc(value.value(), true, value.dynamic()),
        text,
        verbatimOrWhole(body.span(), value.value(), source, frame));
  }

  /**
   * How a word's value maps back to the original text: verbatim when the value is the word's text
   * or its quoted content, else the whole word.
   */
  static Frame.SpanMapping mapping(Word word, Arg value, String source, Frame frame) {
    return mapping(word.span(), value.value(), source, frame);
  }

  /** As {@link #mapping(Word, Arg, String, Frame)} for a span of the current script. */
  static Frame.SpanMapping mapping(Span span, String value, String source, Frame frame) {
    String raw = span.of(source);
    if (raw.equals(value)) {
      return frame.slice(span.start());
    }
    if (raw.length() >= 2
        && raw.substring(1, raw.length() - 1).equals(value)
        && (raw.startsWith("'") || raw.startsWith("\""))) {
      return frame.slice(span.start() + 1);
    }
    return frame.whole(span);
  }

  private static Frame.SpanMapping verbatimOrWhole(
      Span span, String text, String source, Frame frame) {
    return span.of(source).startsWith(text) ? frame.slice(span.start()) : frame.whole(span);
  }

  private static int fd(Optional<String> fd, String operator) {
    if (fd.isPresent() && fd.get().matches("[0-9]{1,4}")) {
      return Integer.parseInt(fd.get());
    }
    return operator.startsWith("<") ? 0 : 1;
  }
}
