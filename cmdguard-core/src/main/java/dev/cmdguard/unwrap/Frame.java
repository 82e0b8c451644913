package dev.cmdguard.unwrap;

import dev.cmdguard.shell.Span;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the unwrapper is: the chain of wrappers that led here, the nesting depth, the traits every
 * invocation below inherits, how spans of a nested script map back to the original text, and the
 * redirections of enclosing compound commands. Immutable; each nesting step makes a new frame.
 *
 * @param origin labels of the enclosing wrappers, outermost first
 * @param depth number of nested scripts entered (SPEC limit: 16)
 * @param substitutions number of command and process substitutions around the current command
 *     (limited to the same 16, counted apart from {@code depth}: each level holds the text of all
 *     the levels inside it, so deeper nesting costs time and memory in proportion to the text)
 * @param traits traits inherited by every invocation in this frame
 * @param offset added to spans of the current script to place them in the original text, when the
 *     nested script is a verbatim slice of it; ignored when {@code fixed} is present
 * @param fixed the span every node of the current script maps to, when the nested script is not a
 *     verbatim slice (an escaped or concatenated argument)
 * @param redirects redirections of enclosing compound commands, applied to every invocation inside
 */
record Frame(
    List<String> origin,
    int depth,
    int substitutions,
    Set<Invocation.Trait> traits,
    int offset,
    Optional<Span> fixed,
    List<ResolvedRedirect> redirects) {

  static Frame top() {
    return new Frame(List.of(), 0, 0, Set.of(), 0, Optional.empty(), List.of());
  }

  /** Maps a span of the script being walked to the original text. */
  Span map(Span span) {
    return fixed.orElseGet(() -> span.shift(offset));
  }

  /** A frame one wrapper further in, with the same span mapping (argv wrappers like sudo). */
  Frame wrapped(String label, Set<Invocation.Trait> added) {
    return new Frame(
        append(label), depth + 1, substitutions, union(added), offset, fixed, redirects);
  }

  /**
   * A frame for a nested script whose text maps to the original text through {@code mapping}
   * (absolute: in original-text coordinates).
   */
  Frame nested(String label, Set<Invocation.Trait> added, SpanMapping mapping) {
    return new Frame(
        append(label),
        depth + 1,
        substitutions,
        union(added),
        mapping.offset(),
        mapping.fixed(),
        redirects);
  }

  /** An absolute mapping for nested text that starts verbatim at {@code start} of this script. */
  SpanMapping slice(int start) {
    return fixed.map(SpanMapping::whole).orElseGet(() -> SpanMapping.verbatim(start + offset));
  }

  /** An absolute mapping that sends all nested text to {@code span} of this script. */
  SpanMapping whole(Span span) {
    return SpanMapping.whole(map(span));
  }

  /** The same frame with more inherited traits (background, function body). */
  Frame with(Set<Invocation.Trait> added) {
    return new Frame(origin, depth, substitutions, union(added), offset, fixed, redirects);
  }

  /** The frame of a command or process substitution's body: one substitution further in. */
  Frame substituted() {
    return new Frame(
        origin,
        depth,
        substitutions + 1,
        union(Set.of(Invocation.Trait.SUBSTITUTION)),
        offset,
        fixed,
        redirects);
  }

  /** The same frame with redirections of an enclosing compound command. */
  Frame redirected(List<ResolvedRedirect> more) {
    List<ResolvedRedirect> all = new ArrayList<>(redirects);
    all.addAll(more);
    return new Frame(origin, depth, substitutions, traits, offset, fixed, all);
  }

  private List<String> append(String label) {
    List<String> chain = new ArrayList<>(origin);
    chain.add(label);
    return chain;
  }

  private Set<Invocation.Trait> union(Set<Invocation.Trait> added) {
    if (added.isEmpty()) {
      return traits;
    }
    EnumSet<Invocation.Trait> all = EnumSet.noneOf(Invocation.Trait.class);
    all.addAll(traits);
    all.addAll(added);
    return all;
  }

  /**
   * How the text of a nested script maps to the original command text (absolute coordinates).
   *
   * @param offset where the nested text starts in the original text, when it is a verbatim slice
   * @param fixed the span everything maps to otherwise
   */
  record SpanMapping(int offset, Optional<Span> fixed) {
    static SpanMapping verbatim(int offset) {
      return new SpanMapping(offset, Optional.empty());
    }

    static SpanMapping whole(Span span) {
      return new SpanMapping(0, Optional.of(span));
    }
  }
}
