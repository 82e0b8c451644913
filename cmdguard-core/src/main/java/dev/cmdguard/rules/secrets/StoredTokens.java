package dev.cmdguard.rules.secrets;

import dev.cmdguard.unwrap.Invocation;
import java.util.List;
import java.util.Set;

/**
 * Commands that print a credential kept in a local store: {@code gh auth token}, {@code gcloud auth
 * print-access-token}, {@code az account get-access-token}, {@code aws configure get
 * aws_secret_access_key}, {@code aws ecr get-login-password}, {@code kubectl config view --raw},
 * {@code git credential fill}, macOS {@code security find-generic-password -w}, {@code secret-tool
 * lookup}, {@code pass show}, {@code heroku auth:token}, {@code docker-credential-* get}. Printed
 * or written to a file they are {@code CREDENTIAL_FILE_ACCESS} (the store is read out); handed to
 * {@code docker login --password-stdin} or put in a request header through {@code $( )} they are
 * being used, which is no finding. Secret managers with their own access control and audit ({@code
 * vault}, {@code op}, {@code doppler}, {@code aws secretsmanager}) are left to their policies.
 */
final class StoredTokens {
  /** Each entry: program, then the words that must follow (in order, options between allowed). */
  private static final List<List<String>> COMMANDS =
      List.of(
          List.of("gh", "auth", "token"),
          List.of("gcloud", "auth", "print-access-token"),
          List.of("gcloud", "auth", "print-identity-token"),
          List.of("gcloud", "auth", "application-default", "print-access-token"),
          List.of("az", "account", "get-access-token"),
          List.of("aws", "configure", "get", "aws_secret_access_key"),
          List.of("aws", "configure", "get", "aws_session_token"),
          List.of("aws", "configure", "export-credentials"),
          List.of("aws", "ecr", "get-login-password"),
          List.of("aws", "codeartifact", "get-authorization-token"),
          List.of("git", "credential", "fill"),
          List.of("secret-tool", "lookup"),
          List.of("heroku", "auth:token"));

  /** pass(1) subcommands that do not print a password. */
  private static final Set<String> PASS_COMMANDS =
      Set.of(
          "ls",
          "list",
          "find",
          "search",
          "init",
          "insert",
          "add",
          "edit",
          "generate",
          "rm",
          "remove",
          "delete",
          "mv",
          "rename",
          "cp",
          "copy",
          "git",
          "help",
          "version",
          "grep");

  private StoredTokens() {}

  static void check(Reporter reporter, int index) {
    Invocation inv = reporter.context().invocation(index);
    if (!prints(inv)) {
      return;
    }
    String command = inv.program() + " " + String.join(" ", Programs.words(inv));
    Secret token = new Secret(Secret.Kind.STORED_TOKEN, command.strip(), inv.span());
    reporter.report(
        index, token, new Flow(reporter.context(), token.kind()).output(index), "prints");
  }

  private static boolean prints(Invocation inv) {
    String program = inv.program();
    List<String> words = Programs.words(inv);
    if (program.startsWith("docker-credential-")) {
      return words.contains("get");
    }
    return switch (program) {
      case "kubectl" -> words.containsAll(List.of("config", "view", "--raw"));
      case "gh" ->
          (words.containsAll(List.of("auth", "status"))
                  && (words.contains("--show-token") || words.contains("-t")))
              || listed(program, words);
      case "security" ->
          words.stream().anyMatch(w -> w.matches("find-(generic|internet)-password"))
              && Programs.hasFlag(inv, "wg", Set.of());
      case "pass" ->
          !words.isEmpty()
              && (words.get(0).equals("show")
                  || (!PASS_COMMANDS.contains(words.get(0)) && !words.get(0).startsWith("-")))
              && !Programs.hasFlag(inv, "cq", Set.of("--clip", "--qrcode"));
      default -> listed(program, words);
    };
  }

  private static boolean listed(String program, List<String> words) {
    for (List<String> entry : COMMANDS) {
      if (entry.get(0).equals(program) && inOrder(words, entry.subList(1, entry.size()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean inOrder(List<String> words, List<String> wanted) {
    int w = 0;
    for (String word : words) {
      if (w < wanted.size() && word.equals(wanted.get(w))) {
        w++;
      }
    }
    return w == wanted.size();
  }
}
