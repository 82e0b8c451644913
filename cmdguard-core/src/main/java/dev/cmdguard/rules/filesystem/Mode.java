package dev.cmdguard.rules.filesystem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a chmod(1) mode grants, as far as danger goes: write access for everyone (others), the
 * set-user-ID and set-group-ID bits, and the sticky bit. Numeric modes ({@code 777}, {@code 4755})
 * and symbolic ones ({@code o+w}, {@code a+rwx}, {@code u+s}, {@code go=rwx,+t}) are read as GNU
 * chmod does; a symbolic clause without a "who" ({@code +w}) is masked by the umask, which never
 * lets others write in practice (the default umasks 022 and 002), so it is not world-writable,
 * while {@code +s} is not masked.
 *
 * @param worldWritable others may write
 * @param setuid the set-user-ID bit is set
 * @param setgid the set-group-ID bit is set
 * @param sticky the sticky bit is set
 */
record Mode(boolean worldWritable, boolean setuid, boolean setgid, boolean sticky) {
  private static final Pattern NUMERIC = Pattern.compile("[0-7]{1,4}");
  private static final Pattern CLAUSE = Pattern.compile("([ugoa]*)((?:[-+=][rwxXstugo]*)+)");
  private static final Pattern ACTION = Pattern.compile("([-+=])([rwxXstugo]*)");

  static final Mode NONE = new Mode(false, false, false, false);

  /** Reads a mode; an unknown text grants nothing dangerous. */
  static Mode parse(String text) {
    if (NUMERIC.matcher(text).matches()) {
      int bits = Integer.parseInt(text, 8);
      return new Mode(
          (bits & 02) != 0, (bits & 04000) != 0, (bits & 02000) != 0, (bits & 01000) != 0);
    }
    Mode mode = NONE;
    for (String clause : text.split(",")) {
      Matcher m = CLAUSE.matcher(clause);
      if (m.matches()) {
        mode = mode.or(clause(m.group(1), m.group(2)));
      }
    }
    return mode;
  }

  private static Mode clause(String who, String actions) {
    boolean all = who.isEmpty() || who.contains("a");
    boolean others = who.contains("o") || who.contains("a");
    Mode mode = NONE;
    Matcher m = ACTION.matcher(actions);
    while (m.find()) {
      if (m.group(1).equals("-")) {
        continue;
      }
      String perms = m.group(2);
      boolean s = perms.contains("s");
      mode =
          mode.or(
              new Mode(
                  others && perms.contains("w"),
                  s && (all || who.contains("u")),
                  s && (all || who.contains("g")),
                  perms.contains("t")));
    }
    return mode;
  }

  private Mode or(Mode other) {
    return new Mode(
        worldWritable || other.worldWritable,
        setuid || other.setuid,
        setgid || other.setgid,
        sticky || other.sticky);
  }
}
