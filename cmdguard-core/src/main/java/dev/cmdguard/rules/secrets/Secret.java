package dev.cmdguard.rules.secrets;

import dev.cmdguard.FindingCode;
import dev.cmdguard.paths.FileKind;
import dev.cmdguard.paths.PathClassification;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.shell.Span;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Something that holds a secret, as an invocation touches it.
 *
 * @param kind what it is; decides the finding code
 * @param name the file, variable or command, as the message names it
 * @param span where the command names it ({@link Span#NONE}: the invocation's span)
 */
record Secret(Kind kind, String name, Span span) {

  /** The kinds of secret, each with the code of reading it out. */
  enum Kind {
    DOTENV(FindingCode.DOTENV_FILE_READ),
    PRIVATE_KEY(FindingCode.PRIVATE_KEY_ACCESS),
    CREDENTIAL_FILE(FindingCode.CREDENTIAL_FILE_ACCESS),
    /** A command that prints a token from a local credential store ({@code gh auth token}). */
    STORED_TOKEN(FindingCode.CREDENTIAL_FILE_ACCESS),
    /** The whole environment: {@code env}, {@code /proc/self/environ}. */
    ENVIRONMENT(FindingCode.SENSITIVE_ENV_ACCESS),
    /** One secret-like variable. */
    VARIABLE(FindingCode.SENSITIVE_ENV_ACCESS);

    private final FindingCode code;

    Kind(FindingCode code) {
      this.code = code;
    }

    FindingCode code() {
      return code;
    }

    /** True for secrets held in files (any reading of them counts). */
    boolean isFile() {
      return this == DOTENV || this == PRIVATE_KEY || this == CREDENTIAL_FILE;
    }
  }

  /** {@code /proc/PID/environ}: the environment a process started with (proc(5)). */
  private static final Pattern ENVIRON = Pattern.compile("/proc/[^/]+/(task/[^/]+/)?environ");

  /** The secret file {@code arg} names, if it names one (the worst kind for a glob). */
  static Optional<Secret> file(RuleContext context, Invocation inv, Arg arg) {
    String known = arg.dynamic() ? arg.knownPrefix() : arg.value();
    if (known.isEmpty() || known.equals("-")) {
      return Optional.empty();
    }
    String absolute = context.resolve(inv, arg).absolute().orElse(known);
    String name = arg.dynamic() && !arg.value().startsWith(known) ? known + "/…" : arg.value();
    if (ENVIRON.matcher(absolute).matches()) {
      return Optional.of(new Secret(Kind.ENVIRONMENT, name, arg.span()));
    }
    PathClassification c = context.classify(inv, arg);
    if (!c.isSecret()) {
      return Optional.empty();
    }
    Kind kind =
        c.has(FileKind.DOTENV)
            ? Kind.DOTENV
            : c.has(FileKind.PRIVATE_KEY) ? Kind.PRIVATE_KEY : Kind.CREDENTIAL_FILE;
    return Optional.of(new Secret(kind, name, arg.span()));
  }

  /** What the message calls it: {@code .env (a dotenv file of secrets)}. */
  String describe() {
    return switch (kind) {
      case DOTENV -> name + " (a dotenv file of secrets)";
      case PRIVATE_KEY -> "the private key " + name;
      case CREDENTIAL_FILE -> "the credential file " + name;
      case STORED_TOKEN -> "a token from its local credential store ('" + name + "')";
      case ENVIRONMENT ->
          name.isEmpty()
              ? "every environment variable (secrets included)"
              : "the environment in " + name + " (secrets included)";
      case VARIABLE -> "$" + name + " (a secret-like variable)";
    };
  }

  /** What to run instead, for reading it out. */
  Optional<String> safer() {
    return switch (kind) {
      case DOTENV ->
          Optional.of(
              "list the names without the values (cut -d= -f1 "
                  + name
                  + ") or read the template (.env.example)");
      case PRIVATE_KEY ->
          Optional.of(
              "ssh-keygen -y -f KEY prints the public key, ssh-keygen -lf KEY its fingerprint");
      case CREDENTIAL_FILE, STORED_TOKEN ->
          Optional.of(
              "ask the tool who you are instead (aws sts get-caller-identity, gh auth status,"
                  + " kubectl config current-context)");
      case ENVIRONMENT -> Optional.of("env | cut -d= -f1 lists the names without the values");
      case VARIABLE ->
          Optional.of("test -n \"$" + name + "\" && echo set (checks it without printing it)");
    };
  }
}
