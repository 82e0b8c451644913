package dev.cmdguard.rules;

import dev.cmdguard.Finding;
import dev.cmdguard.FindingCode;
import dev.cmdguard.Risk;
import dev.cmdguard.shell.Span;
import dev.cmdguard.unwrap.Arg;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the findings of one evaluation. Rules call {@link #report} and fill in the details:
 *
 * <pre>{@code
 * findings.report(FindingCode.GIT_FORCE_PUSH, index)
 *     .message("git push --force overwrites the remote branch main")
 *     .at(arg.span())
 *     .safer("git push --force-with-lease")
 *     .add();
 * }</pre>
 */
public final class Findings {
  private final RuleContext context;
  private final List<Finding> list = new ArrayList<>();

  Findings(RuleContext context) {
    this.context = context;
  }

  /**
   * Starts a finding about the invocation at {@code index}, or about the whole command when {@code
   * index} is -1. Its span defaults to the invocation's (or the whole text), its severity to the
   * code's default.
   */
  public Report report(FindingCode code, int index) {
    return new Report(code, index);
  }

  /** Adds a finished finding. */
  public void add(Finding finding) {
    list.add(finding);
  }

  /** The findings so far, in the order reported. */
  public List<Finding> list() {
    return List.copyOf(list);
  }

  /** True when a finding with {@code code} was reported. */
  public boolean has(FindingCode code) {
    return list.stream().anyMatch(f -> f.code() == code);
  }

  /** True when a finding with {@code code} was reported about the invocation at {@code index}. */
  public boolean has(FindingCode code, int index) {
    return list.stream().anyMatch(f -> f.code() == code && f.invocationIndex() == index);
  }

  /** A finding being built. */
  public final class Report {
    private final FindingCode code;
    private final int index;
    private Risk severity;
    private String message;
    private Span span;
    private Optional<String> safer = Optional.empty();

    private Report(FindingCode code, int index) {
      this.code = code;
      this.index = index;
      this.severity = code.severity();
      this.message = code.summary();
      this.span =
          index < 0 ? new Span(0, context.command().length()) : context.invocation(index).span();
    }

    /** One sentence that names the target. */
    public Report message(String text) {
      this.message = text;
      return this;
    }

    /** The offending part of the text; {@link Span#NONE} keeps the invocation's span. */
    public Report at(Span where) {
      if (!where.equals(Span.NONE)) {
        this.span = where;
      }
      return this;
    }

    /** The offending argument. */
    public Report at(Arg arg) {
      return at(arg.span());
    }

    /** A documented variant of the default severity. */
    public Report severity(Risk risk) {
      this.severity = risk;
      return this;
    }

    /** What to run instead. */
    public Report safer(String alternative) {
      this.safer = Optional.of(alternative);
      return this;
    }

    /** Adds the finding. */
    public void add() {
      List<String> argv =
          index < 0
              ? List.of()
              : context.invocation(index).argv().stream().map(Arg::value).toList();
      Risk sev = code.locked() ? Risk.CRITICAL : severity;
      list.add(new Finding(code, sev, message, span, argv, index, safer));
    }
  }
}
