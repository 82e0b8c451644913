package dev.cmdguard.rules.windows;

import dev.cmdguard.FindingCode;
import dev.cmdguard.paths.FileKind;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.unwrap.Arg;
import java.util.List;
import java.util.Locale;

/**
 * Secrets read with Windows commands, reported with the secrets family's codes (SPEC section 4):
 * {@code Get-ChildItem Env:} ({@code dir env:}, {@code ls env:}) lists every environment variable
 * ({@code SENSITIVE_ENV_ACCESS}); {@code Get-Content}, {@code Select-String}, {@code Copy-Item} and
 * cmd's {@code type} of a {@code .env} file, a private key or a credential file ({@code
 * DOTENV_FILE_READ}, {@code PRIVATE_KEY_ACCESS}, {@code CREDENTIAL_FILE_ACCESS}), judged by the
 * same names as on Unix.
 */
final class Secrets {
  private Secrets() {}

  static void check(Command c, Places places, Findings findings) {
    switch (c.name()) {
      case "get-childitem", "get-item" -> {
        for (Arg a : Deletions.paths(c)) {
          if (a.value().toLowerCase(Locale.ROOT).matches("env:[\\\\/]?\\*?")) {
            findings
                .report(FindingCode.SENSITIVE_ENV_ACCESS, c.index())
                .message(
                    c.shown()
                        + " "
                        + a.value()
                        + " lists every environment variable, secrets included")
                .at(a)
                .safer("print only the variable you need, by a name that is not a secret")
                .add();
            return;
          }
        }
      }
      case "get-content", "select-string", "copy-item", "get-filehash" ->
          reads(c, places, findings);
      default -> {}
    }
  }

  private static void reads(Command c, Places places, Findings findings) {
    List<Arg> paths = Deletions.paths(c);
    if (c.name().equals("copy-item") && c.value("Destination").isEmpty() && paths.size() > 1) {
      paths = paths.subList(0, paths.size() - 1);
    }
    if (c.name().equals("get-filehash")) {
      return;
    }
    for (Arg a : paths) {
      if (a.dynamic() || Places.notAFile(a.value())) {
        continue;
      }
      Target t = places.of(c.inv(), a);
      FindingCode code =
          t.where().has(FileKind.DOTENV)
              ? FindingCode.DOTENV_FILE_READ
              : t.where().has(FileKind.PRIVATE_KEY)
                  ? FindingCode.PRIVATE_KEY_ACCESS
                  : t.where().has(FileKind.CREDENTIAL_FILE)
                      ? FindingCode.CREDENTIAL_FILE_ACCESS
                      : null;
      if (code != null) {
        findings
            .report(code, c.index())
            .message(c.shown() + " reads " + a.value() + ", which holds secrets")
            .at(a)
            .safer("read the example file (.env.example) or ask a human for the one value needed")
            .add();
      }
    }
  }
}
