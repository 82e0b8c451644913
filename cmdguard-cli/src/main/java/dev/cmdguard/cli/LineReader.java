package dev.cmdguard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Splits a byte stream into lines for {@code scan}, one at a time, without ever holding more than
 * one line: a line ends at {@code \n} (a {@code \r} before it is dropped), the last line may lack
 * it, and a UTF-8 byte order mark at the very start is skipped. A line is never refused: one that
 * is longer than {@link #MAX_BYTES}, holds a NUL byte or is not UTF-8 comes back with a {@link
 * Line#problem()} (and its text decoded with replacement characters, or empty when too long), so
 * that every input line gets an output line.
 */
final class LineReader {
  /** The longest line accepted, in bytes (without its newline): 10 MiB. */
  static final int MAX_BYTES = InputText.MAX_BYTES;

  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private int pos;
  private int limit;
  private boolean eof;
  private byte[] line = new byte[1024];
  private int length;
  private int number;

  /**
   * One line of input.
   *
   * @param number 1-based line number
   * @param text the line without its newline; replacement characters where it was not UTF-8
   * @param problem why the line cannot be used as it is: too long, a NUL byte, not UTF-8
   */
  record Line(int number, String text, Optional<String> problem) {}

  /**
   * @param in the input; read in 64 KiB blocks, never closed here
   */
  LineReader(InputStream in) {
    this.in = in;
  }

  /**
   * The next line, or empty at the end of the input.
   *
   * @throws IOException when the input cannot be read
   */
  Optional<Line> next() throws IOException {
    length = 0;
    boolean any = false;
    boolean tooLong = false;
    while (true) {
      if (pos >= limit && !fill()) {
        if (!any) {
          return Optional.empty();
        }
        break;
      }
      any = true;
      int newline = indexOfNewline();
      int end = newline < 0 ? limit : newline;
      if (!tooLong && length + (end - pos) > MAX_BYTES) {
        tooLong = true;
      }
      if (!tooLong) {
        append(pos, end);
      }
      pos = newline < 0 ? limit : newline + 1;
      if (newline >= 0) {
        break;
      }
    }
    number++;
    if (tooLong) {
      return Optional.of(
          new Line(
              number,
              "",
              Optional.of("is longer than the limit of 10 MiB (" + MAX_BYTES + " bytes)")));
    }
    if (number == 1 && startsWithByteOrderMark()) {
      System.arraycopy(line, 3, line, 0, length - 3);
      length -= 3;
    }
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return Optional.of(decode());
  }

  /**
   * True when a line can be returned without waiting for more input: callers flush their output
   * when this is false, so that a program feeding commands one at a time gets each answer at once.
   *
   * @throws IOException when the input cannot be queried
   */
  boolean ready() throws IOException {
    return pos < limit || (!eof && in.available() > 0);
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(buffer);
    if (n < 0) {
      eof = true;
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }

  private int indexOfNewline() {
    for (int i = pos; i < limit; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void append(int from, int to) {
    int n = to - from;
    if (length + n > line.length) {
      line = Arrays.copyOf(line, Math.max(length + n, line.length * 2));
    }
    System.arraycopy(buffer, from, line, length, n);
    length += n;
  }

  private boolean startsWithByteOrderMark() {
    return length >= 3
        && line[0] == (byte) 0xEF
        && line[1] == (byte) 0xBB
        && line[2] == (byte) 0xBF;
  }

  private Line decode() {
    boolean ascii = true;
    for (int i = 0; i < length; i++) {
      byte b = line[i];
      if (b == 0) {
        return new Line(
            number,
            new String(line, 0, length, StandardCharsets.UTF_8),
            Optional.of("contains a NUL byte at byte " + (i + 1)));
      }
      ascii &= b > 0;
    }
    if (ascii) {
      return new Line(number, new String(line, 0, length, StandardCharsets.ISO_8859_1), none());
    }
    ByteBuffer bytes = ByteBuffer.wrap(line, 0, length);
    CharBuffer chars = CharBuffer.allocate(length);
    CoderResult result = decoder.reset().decode(bytes, chars, true);
    if (result.isError()) {
      int at = bytes.position();
      String problem =
          String.format("is not valid UTF-8: byte 0x%02X at byte %d", line[at] & 0xff, at + 1);
      return new Line(
          number, new String(line, 0, length, StandardCharsets.UTF_8), Optional.of(problem));
    }
    decoder.flush(chars);
    return new Line(number, chars.flip().toString(), none());
  }

  private static Optional<String> none() {
    return Optional.empty();
  }
}
