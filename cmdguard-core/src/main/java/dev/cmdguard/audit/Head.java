package dev.cmdguard.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;

/**
 * The head file ({@code audit.jsonl.head}): where the chain ends and where it begins, so that
 * {@code verify} also sees the last records deleted or edited and the first ones deleted. Rewritten
 * by every append after its record, under the lock, as one JSON line:
 *
 * <pre>
 * {"seq":N,"hash":"…","baseSeq":B,"baseHash":"…","lostAt":L}
 * </pre>
 *
 * @param seq the last record written
 * @param hash that record's hash
 * @param baseSeq the last record of the rotated file that was deleted (0 while none was)
 * @param baseHash that record's hash ({@link Sha256#ZERO} while none was)
 * @param lostAt the seq of the first record a writer wrote while the head was missing or unreadable
 *     though the log had records (0: never); verify reports it, since deleting the head could hide
 *     a deletion at the end
 */
record Head(long seq, String hash, long baseSeq, String baseHash, long lostAt) {
  /** The head of a log with no record yet. */
  static final Head EMPTY = new Head(0, Sha256.ZERO, 0, Sha256.ZERO, 0);

  /** This head after record {@code seq} with hash {@code hash}. */
  Head advance(long nextSeq, String nextHash) {
    return new Head(nextSeq, nextHash, baseSeq, baseHash, lostAt);
  }

  /**
   * Reads a head file.
   *
   * @return empty when the file is missing or is not a head
   * @throws IOException when it exists but cannot be read
   */
  static Optional<Head> read(Path file) throws IOException {
    byte[] bytes;
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer buf = ByteBuffer.allocate((int) Math.min(ch.size(), 4096));
      while (buf.hasRemaining() && ch.read(buf) >= 0) {
        // fill
      }
      bytes = buf.array();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    int end = 0;
    while (end < bytes.length && bytes[end] != '\n') {
      end++;
    }
    return parse(bytes, end);
  }

  private static Optional<Head> parse(byte[] bytes, int length) {
    long seq = -1;
    long baseSeq = -1;
    long lostAt = -1;
    String hash = null;
    String baseHash = null;
    try (JsonParser p = AuditRecordJson.FACTORY.createParser(bytes, 0, length)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        boolean number = t == JsonToken.VALUE_NUMBER_INT;
        String text = t == JsonToken.VALUE_STRING ? p.getText() : null;
        switch (name) {
          case "seq" -> seq = number ? p.getLongValue() : -1;
          case "hash" -> hash = text;
          case "baseSeq" -> baseSeq = number ? p.getLongValue() : -1;
          case "baseHash" -> baseHash = text;
          case "lostAt" -> lostAt = number ? p.getLongValue() : -1;
          default -> p.skipChildren();
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    boolean ok =
        seq >= 0
            && baseSeq >= 0
            && lostAt >= 0
            && baseSeq <= seq
            && hash != null
            && Sha256.isHash(hash)
            && baseHash != null
            && Sha256.isHash(baseHash);
    return ok ? Optional.of(new Head(seq, hash, baseSeq, baseHash, lostAt)) : Optional.empty();
  }

  /**
   * Writes this head over {@code file} with one write at offset 0, then cuts what an older, longer
   * head left after it (readers take the first line only).
   *
   * @throws IOException when the file cannot be written
   */
  void write(Path file, boolean fsync) throws IOException {
    byte[] line = bytes();
    try (FileChannel ch =
        FileChannel.open(
            file,
            Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
            LogFiles.privateFile(file))) {
      ByteBuffer buf = ByteBuffer.wrap(line);
      long pos = 0;
      while (buf.hasRemaining()) {
        pos += ch.write(buf, pos);
      }
      ch.truncate(line.length);
      if (fsync) {
        ch.force(false);
      }
    }
  }

  byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator json = AuditRecordJson.FACTORY.createGenerator(out)) {
      json.writeStartObject();
      json.writeNumberField("seq", seq);
      json.writeStringField("hash", hash);
      json.writeNumberField("baseSeq", baseSeq);
      json.writeStringField("baseHash", baseHash);
      json.writeNumberField("lostAt", lostAt);
      json.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory failed", e);
    }
    out.write('\n');
    return out.toByteArray();
  }
}
