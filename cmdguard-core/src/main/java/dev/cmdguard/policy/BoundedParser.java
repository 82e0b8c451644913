package dev.cmdguard.policy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * A SnakeYAML event stream with limits, checked before the composer sees each event: nesting at
 * most {@link #MAX_DEPTH} lists and mappings deep (the composer recurses once per level, so a
 * 10,000-deep document would otherwise overflow the stack), at most {@link #MAX_ALIASES} aliases to
 * lists or mappings (a "billion laughs" file expands exponentially in whoever walks it), and no
 * alias to a collection from inside itself.
 */
final class BoundedParser implements Parser {
  /** Deepest nesting of lists and mappings; a policy needs three. */
  static final int MAX_DEPTH = 32;

  /** Most aliases to lists or mappings in one file. */
  static final int MAX_ALIASES = 10;

  /** A limit was crossed; {@code mark} is where. */
  static final class LimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial")
    private final Optional<Mark> mark;

    private final String hint;

    LimitException(String message, String hint, Optional<Mark> mark) {
      super(message, null, false, false);
      this.hint = hint;
      this.mark = mark;
    }

    Optional<Mark> mark() {
      return mark;
    }

    String hint() {
      return hint;
    }
  }

  private final Parser delegate;
  private final Set<String> collectionAnchors = new HashSet<>();
  private final Deque<String> open = new ArrayDeque<>();
  private int aliases;

  BoundedParser(Parser delegate) {
    this.delegate = delegate;
  }

  @Override
  public boolean checkEvent(Event.ID id) {
    return delegate.checkEvent(id);
  }

  @Override
  public Event peekEvent() {
    return delegate.peekEvent();
  }

  @Override
  public boolean hasNext() {
    return delegate.hasNext();
  }

  @Override
  public Event next() {
    Event event = delegate.next();
    // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
    if (event instanceof CollectionStartEvent start) {
      enter(start);
    } else if (event instanceof ScalarEvent scalar) {
      scalar.getAnchor().map(Anchor::getValue).ifPresent(collectionAnchors::remove);
    } else if (event instanceof AliasEvent alias) {
      alias(alias);
    } else if (event.getEventId() == Event.ID.MappingEnd
        || event.getEventId() == Event.ID.SequenceEnd) {
      open.pop();
    }
    return event;
  }

  private void enter(CollectionStartEvent start) {
    if (open.size() >= MAX_DEPTH) {
      throw new LimitException(
          "lists and mappings nested deeper than " + MAX_DEPTH + " levels",
          "a policy needs at most three levels",
          start.getStartMark());
    }
    String anchor = start.getAnchor().map(Anchor::getValue).orElse("");
    if (!anchor.isEmpty()) {
      collectionAnchors.add(anchor);
    }
    open.push(anchor);
  }

  private void alias(AliasEvent alias) {
    String name = alias.getAlias().getValue();
    if (open.contains(name)) {
      throw new LimitException(
          "alias '*" + name + "' refers to the list or mapping that contains it",
          "write the values out",
          alias.getStartMark());
    }
    if (collectionAnchors.contains(name) && ++aliases > MAX_ALIASES) {
      throw new LimitException(
          "more than " + MAX_ALIASES + " aliases to lists or mappings",
          "write the values out; aliases are limited so that a small file cannot expand into a"
              + " huge one",
          alias.getStartMark());
    }
  }
}
