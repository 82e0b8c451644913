package dev.cmdguard.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.cmdguard.Risk;
import dev.cmdguard.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one line of the log with jackson-core's streaming parser. A line is a record when it is one
 * JSON object (nothing after it, no duplicate keys) with an integer {@code seq ≥ 1} and a 64-hex
 * {@code prev}. A line that ends before its object does is <em>cut</em>: what a writer killed in
 * the middle of its write leaves behind.
 */
final class AuditLine {
  /** Rejects duplicate keys, so a record cannot say two things about one field. */
  private static final JsonFactory STRICT =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private AuditLine() {}

  /** What a line is. */
  sealed interface Parsed {}

  /** A record. */
  record Valid(AuditEntry entry) implements Parsed {}

  /**
   * Not a record.
   *
   * @param cut true when the text ends inside the JSON value (a torn write)
   * @param reason what is wrong, for messages
   */
  record Invalid(boolean cut, String reason) implements Parsed {}

  /** Parses {@code bytes[0, length)}. */
  static Parsed parse(byte[] bytes, int length) {
    Fields f = new Fields();
    try (JsonParser p = STRICT.createParser(bytes, 0, length)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return new Invalid(false, "not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        f.read(name, p);
      }
      if (p.nextToken() != null) {
        return new Invalid(false, "text after the JSON object");
      }
    } catch (JsonEOFException e) {
      return new Invalid(true, "the line ends inside the record");
    } catch (JsonParseException e) {
      return new Invalid(false, "not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      return new Invalid(false, "unreadable: " + e.getMessage());
    }
    if (f.seq < 1 || f.prev == null || !Sha256.isHash(f.prev)) {
      return new Invalid(false, "no seq and prev");
    }
    String text = new String(bytes, 0, length, StandardCharsets.UTF_8);
    return new Valid(f.entry(Sha256.hex(bytes, length), text));
  }

  /** The fields seen so far. */
  private static final class Fields {
    long seq;
    String prev;
    Optional<Instant> time = Optional.empty();
    String kind = "";
    Optional<String> session = Optional.empty();
    Optional<String> agent = Optional.empty();
    String cwd = "";
    AuditRecord.Command command = new AuditRecord.Command.Script("");
    Optional<Verdict> verdict = Optional.empty();
    Optional<Risk> risk = Optional.empty();
    List<String> codes = new ArrayList<>();
    Integer exitCode;
    long durationMillis;
    boolean sandboxed;
    String runtime = "";

    void read(String name, JsonParser p) throws IOException {
      switch (name) {
        case "seq" -> seq = p.currentToken() == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : 0;
        case "prev" -> prev = text(p).orElse(null);
        case "time" -> time = text(p).flatMap(AuditLine::instant);
        case "kind" -> kind = text(p).orElse("");
        case "session" -> session = text(p);
        case "agent" -> agent = text(p);
        case "cwd" -> cwd = text(p).orElse("");
        case "command" -> command = command(p);
        case "decision" -> decision(p);
        case "exitCode" -> exitCode = number(p).map(Long::intValue).orElse(null);
        case "durationMillis" -> durationMillis = number(p).orElse(0L);
        case "sandboxed" -> sandboxed = p.currentToken() == JsonToken.VALUE_TRUE;
        case "runtime" -> runtime = text(p).orElse("");
        default -> p.skipChildren();
      }
    }

    private void decision(JsonParser p) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        p.skipChildren();
        return;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        switch (name) {
          case "decision" -> verdict = text(p).flatMap(AuditLine::verdict);
          case "risk" -> risk = text(p).flatMap(AuditLine::risk);
          case "findings" -> findings(p);
          default -> p.skipChildren();
        }
      }
    }

    private void findings(JsonParser p) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        p.skipChildren();
        return;
      }
      while (p.nextToken() == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          if (name.equals("code")) {
            text(p).ifPresent(codes::add);
          } else {
            p.skipChildren();
          }
        }
      }
    }

    AuditEntry entry(String hash, String line) {
      Optional<AuditRecord.Execution> execution =
          exitCode == null
              ? Optional.empty()
              : Optional.of(
                  new AuditRecord.Execution(
                      exitCode, Math.max(0, durationMillis), sandboxed, runtime));
      return new AuditEntry(
          seq, prev, hash, time, kind, session, agent, cwd, command, verdict, risk, codes,
          execution, line);
    }
  }

  private static AuditRecord.Command command(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return new AuditRecord.Command.Script(p.getText());
    }
    if (p.currentToken() != JsonToken.START_ARRAY) {
      p.skipChildren();
      return new AuditRecord.Command.Script("");
    }
    List<String> words = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == JsonToken.VALUE_STRING) {
        words.add(p.getText());
      } else {
        p.skipChildren();
      }
    }
    return new AuditRecord.Command.Argv(words);
  }

  private static Optional<String> text(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return Optional.of(p.getText());
    }
    p.skipChildren();
    return Optional.empty();
  }

  private static Optional<Long> number(JsonParser p) throws IOException {
    return p.currentToken() == JsonToken.VALUE_NUMBER_INT
        ? Optional.of(p.getLongValue())
        : Optional.empty();
  }

  private static Optional<Instant> instant(String text) {
    try {
      return Optional.of(Instant.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<Verdict> verdict(String label) {
    for (Verdict v : Verdict.values()) {
      if (v.label().equals(label)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  private static Optional<Risk> risk(String label) {
    for (Risk r : Risk.values()) {
      if (r.label().equals(label)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
