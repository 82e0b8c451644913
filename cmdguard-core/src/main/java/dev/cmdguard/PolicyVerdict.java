package dev.cmdguard;

import dev.cmdguard.policy.CommandPattern;
import dev.cmdguard.policy.Policy;
import dev.cmdguard.policy.PolicyKey;
import dev.cmdguard.policy.PolicyRule;
import dev.cmdguard.rules.ReadOnlyCommands;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Stage 5 with a policy (SPEC section 6): the profile's verdict, then the policy's rules matched
 * against every invocation (strictest wins; an allow lowers medium or high to allow only when it
 * covers every invocation that made the command risky; nothing lowers critical or a locked code),
 * and {@code git.block_force_push}. Whether the trust store may still allow what asks is part of
 * the outcome; the store itself is consulted on every evaluation, cached or not.
 */
final class PolicyVerdict {
  private Verdict verdict;
  private Optional<String> reason = Optional.empty();
  private final List<String> sources = new ArrayList<>();

  private PolicyVerdict(Verdict base) {
    this.verdict = base;
  }

  /**
   * The verdict, the reason that overrides the first finding's (if any), the sources, and whether a
   * remembered approval may still turn it into allow (it asks, and nothing critical or locked is
   * involved).
   */
  record Outcome(
      Verdict verdict, Optional<String> reason, List<String> sources, boolean approvable) {
    Outcome {
      sources = List.copyOf(sources);
    }

    /** Allowed by the approval described by {@code approval}. */
    Outcome approved(String approval) {
      List<String> more = new ArrayList<>(sources);
      more.add(approval);
      return new Outcome(Verdict.ALLOW, Optional.of("approved earlier: " + approval), more, false);
    }
  }

  static Outcome judge(
      Verdict base, Risk risk, Policy policy, List<Finding> findings, RuleContext context) {
    PolicyVerdict v = new PolicyVerdict(base);
    v.severities(policy, findings);
    BitSet allowed = new BitSet();
    boolean strict = v.rules(policy, context.invocations(), allowed);
    strict |= v.forcePush(policy, findings);
    boolean lockedOrCritical =
        risk == Risk.CRITICAL || findings.stream().anyMatch(f -> f.code().locked());
    if (!strict && !lockedOrCritical && v.verdict != Verdict.ALLOW) {
      v.allow(findings, context, allowed, risk);
    }
    return new Outcome(
        v.verdict, v.reason, v.sources, !lockedOrCritical && v.verdict == Verdict.ASK);
  }

  private void severities(Policy policy, List<Finding> findings) {
    findings.stream()
        .map(f -> policy.severity(f.code()))
        .flatMap(Optional::stream)
        .distinct()
        .forEach(
            o ->
                sources.add(
                    "severity "
                        + o.code()
                        + (o.raiseOnly() ? " at least " : " ")
                        + o.severity().label()
                        + " ("
                        + o.source().describe()
                        + ")"));
  }

  /** Applies deny and ask rules; marks invocations an allow rule covers. True if one applied. */
  private boolean rules(Policy policy, List<Invocation> invocations, BitSet allowed) {
    boolean applied = false;
    for (int i = 0; i < invocations.size(); i++) {
      Invocation inv = invocations.get(i);
      List<String> words = new ArrayList<>();
      List<Boolean> known = new ArrayList<>();
      words.add(inv.program());
      known.add(!inv.has(Invocation.Trait.DYNAMIC_PROGRAM));
      for (Arg a : inv.args()) {
        words.add(a.value());
        known.add(!a.dynamic());
      }
      for (PolicyRule rule : policy.rules()) {
        CommandPattern.Match m = CommandPattern.parse(rule.pattern()).match(words, known);
        applied |= apply(rule, m, i, allowed);
      }
    }
    return applied;
  }

  private boolean apply(PolicyRule rule, CommandPattern.Match m, int i, BitSet allowed) {
    if (m == CommandPattern.Match.NONE) {
      return false;
    }
    boolean definite = m == CommandPattern.Match.DEFINITE;
    switch (rule.action()) {
      case DENY -> {
        if (definite) {
          set(Verdict.DENY, "denied by policy rule " + rule.describe(), rule.describe());
        } else {
          set(
              Verdict.ASK,
              "may match policy rule "
                  + rule.describe()
                  + ": a word of the command is not known until it runs",
              rule.describe());
        }
        return true;
      }
      case ASK -> {
        set(Verdict.ASK, "policy rule " + rule.describe() + " asks a human", rule.describe());
        return true;
      }
      case ALLOW -> {
        if (definite) {
          allowed.set(i);
          sources.add(rule.describe());
        }
        return false;
      }
    }
    return false;
  }

  /**
   * Denies force pushes when {@code git.block_force_push} is on; true when it did. A push with
   * {@code --force-with-lease} (reported medium, the safer alternative) stays as it is.
   */
  private boolean forcePush(Policy policy, List<Finding> findings) {
    if (!policy.flag(PolicyKey.GIT_BLOCK_FORCE_PUSH)
        || findings.stream()
            .noneMatch(
                f ->
                    f.code() == FindingCode.GIT_FORCE_PUSH
                        && f.severity().compareTo(Risk.HIGH) >= 0)) {
      return false;
    }
    String source =
        "git.block_force_push ("
            + policy.setting(PolicyKey.GIT_BLOCK_FORCE_PUSH).source().describe()
            + ")";
    set(Verdict.DENY, "force pushes are blocked by " + source, source);
    return true;
  }

  /**
   * Lowers to allow when allow rules cover every invocation that is not read-only and every
   * invocation a medium-or-worse finding is about, and no such finding is about the whole command.
   */
  private void allow(List<Finding> findings, RuleContext context, BitSet allowed, Risk risk) {
    if (allowed.isEmpty() || risk == Risk.LOW) {
      return;
    }
    for (Finding f : findings) {
      if (f.severity().compareTo(Risk.MEDIUM) >= 0
          && (f.invocationIndex() < 0 || !allowed.get(f.invocationIndex()))) {
        return;
      }
    }
    List<Invocation> all = context.invocations();
    for (int i = 0; i < all.size(); i++) {
      if (!allowed.get(i) && !ReadOnlyCommands.isReadOnly(all.get(i), context)) {
        return;
      }
    }
    verdict = Verdict.ALLOW;
    List<String> rules = sources.stream().filter(s -> s.startsWith("allow ")).distinct().toList();
    reason = Optional.of("allowed by policy rule " + String.join(", ", rules));
  }

  /** Raises the verdict to {@code v}. */
  private void set(Verdict v, String why, String source) {
    sources.add(source);
    if (v.compareTo(verdict) > 0) {
      reason = Optional.of(why);
      verdict = v;
    }
  }
}
