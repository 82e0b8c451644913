package dev.cmdguard.unwrap.inline;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decoders for the encodings payloads hide in: base64, base32, hex, ROT13, zlib/deflate/gzip. A
 * decoded literal is analysed like any other code, so {@code exec(base64.b64decode('…'))} shows
 * what it runs. Byte strings are kept one character per byte (ISO-8859-1) unless they are valid
 * UTF-8. Output is capped at {@link #MAX_OUTPUT} characters against decompression bombs.
 */
final class Payloads {
  static final int MAX_OUTPUT = 1 << 20;

  /** Compressed formats. */
  enum Compression {
    ZLIB,
    RAW,
    GZIP
  }

  private Payloads() {}

  /** Base64, standard or URL-safe, padding optional, blanks ignored. */
  static Val base64(Val v) {
    if (!(v instanceof Val.Str s) || s.dynamic()) {
      return Val.unknown("decoded");
    }
    String clean =
        s.text().replaceAll("\\s", "").replace('-', '+').replace('_', '/').replace("=", "");
    try {
      return text(
          Base64.getDecoder().decode(clean + "==".substring(0, (4 - clean.length() % 4) % 4)));
    } catch (IllegalArgumentException notBase64) {
      return Val.unknown("decoded");
    }
  }

  /** Base16 (hex), as {@code bytes.fromhex}, {@code binascii.unhexlify}, {@code hex2bin}. */
  static Val hex(Val v) {
    if (!(v instanceof Val.Str s) || s.dynamic()) {
      return Val.unknown("decoded");
    }
    String clean = s.text().replaceAll("\\s", "");
    if (clean.length() % 2 != 0 || !clean.matches("[0-9A-Fa-f]*")) {
      return Val.unknown("decoded");
    }
    byte[] out = new byte[clean.length() / 2];
    for (int k = 0; k < out.length; k++) {
      out[k] = (byte) Integer.parseInt(clean.substring(2 * k, 2 * k + 2), 16);
    }
    return text(out);
  }

  /** RFC 4648 base32. */
  static Val base32(Val v) {
    if (!(v instanceof Val.Str s) || s.dynamic()) {
      return Val.unknown("decoded");
    }
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char c : s.text().toUpperCase(Locale.ROOT).replace("=", "").toCharArray()) {
      int d = alphabet.indexOf(c);
      if (d < 0) {
        return Val.unknown("decoded");
      }
      buffer = buffer << 5 | d;
      bits += 5;
      if (bits >= 8) {
        out.write(buffer >> (bits - 8) & 0xFF);
        bits -= 8;
      }
    }
    return text(out.toByteArray());
  }

  /** ROT13 ({@code codecs.decode(s, 'rot13')}, {@code str_rot13}). */
  static Val rot13(Val v) {
    if (!(v instanceof Val.Str s)) {
      return Val.unknown("decoded");
    }
    StringBuilder b = new StringBuilder(s.text().length());
    for (char c : s.text().toCharArray()) {
      if (c >= 'a' && c <= 'z') {
        b.append((char) ('a' + (c - 'a' + 13) % 26));
      } else if (c >= 'A' && c <= 'Z') {
        b.append((char) ('A' + (c - 'A' + 13) % 26));
      } else {
        b.append(c);
      }
    }
    return new Val.Str(b.toString(), s.dynamic());
  }

  /** Decompresses ({@code zlib.decompress}, {@code gzinflate}, {@code gzdecode}). */
  static Val inflate(Val v, Compression format) {
    if (!(v instanceof Val.Str s) || s.dynamic()) {
      return Val.unknown("decompressed");
    }
    byte[] in = bytes(s.text());
    int skip = 0;
    if (format == Compression.GZIP) {
      skip = gzipHeader(in);
      if (skip < 0) {
        return Val.unknown("decompressed");
      }
    }
    Inflater inflater = new Inflater(format != Compression.ZLIB);
    try {
      inflater.setInput(in, skip, in.length - skip);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] chunk = new byte[8192];
      while (!inflater.finished() && out.size() < MAX_OUTPUT) {
        int n = inflater.inflate(chunk);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        out.write(chunk, 0, n);
      }
      return out.size() == 0 ? Val.unknown("decompressed") : text(out.toByteArray());
    } catch (DataFormatException corrupt) {
      return Val.unknown("decompressed");
    } finally {
      inflater.end();
    }
  }

  /** The length of a gzip member header (RFC 1952), or -1. */
  private static int gzipHeader(byte[] in) {
    if (in.length < 10 || (in[0] & 0xFF) != 0x1F || (in[1] & 0xFF) != 0x8B) {
      return -1;
    }
    int flags = in[3] & 0xFF;
    int k = 10;
    if ((flags & 4) != 0 && k + 2 <= in.length) {
      k += 2 + (in[k] & 0xFF | (in[k + 1] & 0xFF) << 8);
    }
    for (int bit : new int[] {8, 16}) {
      if ((flags & bit) != 0) {
        while (k < in.length && in[k] != 0) {
          k++;
        }
        k++;
      }
    }
    if ((flags & 2) != 0) {
      k += 2;
    }
    return k <= in.length ? k : -1;
  }

  /** The bytes of a byte string: one per character, or UTF-8 when a character is wider. */
  static byte[] bytes(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) > 0xFF) {
        return s.getBytes(StandardCharsets.UTF_8);
      }
    }
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Decoded bytes as text: UTF-8 when valid, else one character per byte. */
  static Val.Str text(byte[] b) {
    byte[] capped = b.length > MAX_OUTPUT ? java.util.Arrays.copyOf(b, MAX_OUTPUT) : b;
    try {
      String utf8 =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(capped))
              .toString();
      return new Val.Str(utf8, capped != b);
    } catch (CharacterCodingException binary) {
      return new Val.Str(new String(capped, StandardCharsets.ISO_8859_1), capped != b);
    }
  }
}
