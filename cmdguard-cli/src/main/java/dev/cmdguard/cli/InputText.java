package dev.cmdguard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the script text a verb works on, from a file or standard input, and rejects what cannot be
 * a shell script: more than {@link #MAX_BYTES}, a NUL byte, or bytes that are not UTF-8. Each
 * rejection is an {@link InputException} whose message names the input and the byte offset.
 */
final class InputText {
  /** The largest input accepted, in bytes: 10 MiB. */
  static final int MAX_BYTES = 10 * 1024 * 1024;

  private InputText() {}

  /**
   * Reads a script from a file, or from standard input when {@code path} is {@code -}.
   *
   * @param path the file name as given; relative to the environment's working directory
   * @return the decoded text
   * @throws InputException when the file is missing, a directory, unreadable, too large, or not
   *     UTF-8 text
   */
  static String read(String path, Environment env) throws InputException {
    String what = path.equals("-") ? "standard input" : path;
    try (InputStream in = open(path, env)) {
      return decode(readLimited(in, what), what);
    } catch (IOException e) {
      throw new InputException("cannot read " + what + ": " + e.getMessage());
    }
  }

  /**
   * Opens a file, or standard input when {@code path} is {@code -}.
   *
   * @param path the file name as given; relative to the environment's working directory
   * @return the open stream; the caller closes it
   * @throws InputException when the file is missing, a directory or unreadable
   */
  static InputStream open(String path, Environment env) throws InputException {
    if (path.equals("-")) {
      return env.stdin().get();
    }
    Path file = env.workingDirectory().resolve(path);
    if (Files.isDirectory(file)) {
      throw new InputException(path + " is a directory, not a file");
    }
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new InputException("cannot read " + path + ": no such file");
    } catch (AccessDeniedException e) {
      throw new InputException("cannot read " + path + ": permission denied");
    } catch (IOException e) {
      throw new InputException("cannot read " + path + ": " + e.getMessage());
    }
  }

  /**
   * Checks text that arrived as a command-line argument (already decoded by the JVM).
   *
   * @param what how to name the text in a message, for example {@code "the -c script"}
   * @return {@code text}
   * @throws InputException when it holds a NUL character or is longer than {@link #MAX_BYTES}
   */
  static String check(String text, String what) throws InputException {
    if (text.length() > MAX_BYTES) {
      throw tooLarge(what);
    }
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw new InputException(what + " contains a NUL character at offset " + nul);
    }
    return text;
  }

  private static byte[] readLimited(InputStream in, String what)
      throws IOException, InputException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw tooLarge(what);
    }
    return bytes;
  }

  private static InputException tooLarge(String what) {
    return new InputException(
        what + " is larger than the limit of 10 MiB (" + MAX_BYTES + " bytes)");
  }

  /**
   * Decodes strict UTF-8.
   *
   * @throws InputException naming the byte offset of the first NUL or malformed byte
   */
  static String decode(byte[] bytes, String what) throws InputException {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new InputException(
            what
                + " contains a NUL byte at byte offset "
                + i
                + lineOf(bytes, i)
                + "; not a script");
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      throw new InputException(
          String.format(
              "%s is not valid UTF-8: byte 0x%02X at byte offset %d%s",
              what, bytes[at] & 0xff, at, lineOf(bytes, at)));
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  private static String lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return " (line " + line + ")";
  }
}
