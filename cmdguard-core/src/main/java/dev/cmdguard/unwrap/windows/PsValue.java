package dev.cmdguard.unwrap.windows;

import dev.cmdguard.shell.Span;
import dev.cmdguard.unwrap.Arg;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What is known of a PowerShell value while parsing: its text when static, the programs whose
 * output it is made of, the .NET or COM type of an object ({@code net.webclient}, {@code
 * com:wscript.shell}, {@code type:system.io.file} for a type literal), decoded bytes, and the path
 * of a file system item it came from ({@code (Get-Item x).Delete()}).
 *
 * @param shown the source text, for messages and unknown arguments
 * @param known the value as text, when static
 * @param producers lower-case programs and cmdlets whose output it is
 * @param type the lower-case type of an object, when known
 * @param bytes bytes decoded from base64, when known
 * @param item the path of the item the value stands for, when known
 * @param elements the elements of an array of known strings ({@code 'a','b'}); empty otherwise
 * @param span where it stands in the original text
 */
record PsValue(
    String shown,
    Optional<String> known,
    List<String> producers,
    Optional<String> type,
    Optional<byte[]> bytes,
    Optional<String> item,
    List<String> elements,
    Span span) {
  PsValue {
    producers = List.copyOf(producers);
    elements = List.copyOf(elements);
  }

  static PsValue text(String value, Span span) {
    return new PsValue(
        value,
        Optional.of(value),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        span);
  }

  static PsValue unknown(String shown, List<String> producers, Span span) {
    return new PsValue(
        shown,
        Optional.empty(),
        producers,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        span);
  }

  static PsValue object(String shown, String type, Span span) {
    return new PsValue(
        shown,
        Optional.empty(),
        List.of(),
        Optional.of(type),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        span);
  }

  PsValue withShown(String text, Span at) {
    return new PsValue(text, known, producers, type, bytes, item, elements, at);
  }

  PsValue withItem(Optional<String> path) {
    return new PsValue(shown, known, producers, type, bytes, path, elements, span);
  }

  PsValue withBytes(byte[] b) {
    return new PsValue(
        shown,
        Optional.empty(),
        producers,
        Optional.of("bytes"),
        Optional.of(b),
        item,
        List.of(),
        span);
  }

  /** An array of values ({@code a, b}): known when every element is, as text joined by blanks. */
  static PsValue array(List<PsValue> items, Span at) {
    List<String> p = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    boolean known = true;
    for (PsValue v : items) {
      p.addAll(v.producers);
      if (!v.elements.isEmpty()) {
        texts.addAll(v.elements);
      } else if (v.known.isPresent()) {
        texts.add(v.known.get());
      } else {
        known = false;
      }
    }
    String shown = String.join(",", items.stream().map(PsValue::shown).toList());
    return new PsValue(
        shown,
        known ? Optional.of(String.join(" ", texts)) : Optional.empty(),
        p,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        known ? texts : List.of(),
        at);
  }

  /** The value as lines written to a program's standard input, when known. */
  Optional<String> lines() {
    if (!elements.isEmpty()) {
      return Optional.of(String.join("\n", elements) + "\n");
    }
    return known.map(k -> k + "\n");
  }

  /** The text elements of a known value: its array elements, or itself. */
  List<String> items() {
    return !elements.isEmpty() ? elements : known.map(List::of).orElse(List.of());
  }

  boolean isKnown() {
    return known.isPresent();
  }

  /** True when the value is a script block (its statements were analysed where it was written). */
  boolean isScriptBlock() {
    return type.filter("scriptblock"::equals).isPresent();
  }

  /** The value joined to {@code other} as text ({@code 'a' + 'b'}, {@code "a$b"}). */
  PsValue concat(PsValue other, Span at) {
    List<String> p = new ArrayList<>(producers);
    p.addAll(other.producers);
    Optional<String> k =
        known.isPresent() && other.known.isPresent()
            ? Optional.of(known.get() + other.known.get())
            : Optional.empty();
    return new PsValue(
        shown + other.shown,
        k,
        p,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        at);
  }

  /** This value as an argument; {@code glob} for a cmdlet's path with wildcards. */
  Arg arg(boolean glob) {
    if (known.isPresent()) {
      String v = known.get();
      return new Arg(
          v,
          false,
          v,
          glob && (v.contains("*") || v.contains("?") || v.contains("[")),
          List.of(),
          span);
    }
    return Arg.dynamic(shown, "", producers, span);
  }
}
