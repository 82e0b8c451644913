package dev.cmdguard.rules.context;

import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.rules.data.Databases;
import dev.cmdguard.rules.git.GitCommand;
import dev.cmdguard.rules.git.PushSpec;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a production-aware command changes something, from each tool's reference: {@code kubectl
 * get} reads, {@code kubectl apply} writes; {@code terraform plan} reads, {@code apply} writes;
 * {@code aws … describe-*} reads; {@code psql -c 'SELECT …'} reads; a request without a body or a
 * method other than GET/HEAD reads. Read-only commands in production are not raised.
 */
final class Effects {
  private static final Set<String> KUBE_READS =
      Set.of(
          "get",
          "describe",
          "logs",
          "top",
          "explain",
          "version",
          "api-resources",
          "api-versions",
          "cluster-info",
          "config",
          "auth",
          "diff",
          "wait",
          "events",
          "port-forward",
          "proxy",
          "completion",
          "plugin",
          "options",
          "kustomize",
          "help");
  private static final Set<String> HELM_READS =
      Set.of(
          "list",
          "ls",
          "status",
          "get",
          "history",
          "hist",
          "show",
          "inspect",
          "template",
          "lint",
          "search",
          "repo",
          "version",
          "env",
          "dependency",
          "dep",
          "plugin",
          "completion",
          "verify",
          "pull",
          "fetch",
          "package",
          "create",
          "help",
          "diff");

  /** Verbs that read or not depending on their second word ({@code terraform state list}). */
  private static final Set<String> SUB_READS =
      Set.of(
          "list", "ls", "show", "pull", "select", "new", "output", "history", "export", "get",
          "init");

  private static final Set<String> IAC_READS =
      Set.of(
          "plan",
          "show",
          "output",
          "validate",
          "fmt",
          "init",
          "version",
          "providers",
          "graph",
          "console",
          "get",
          "login",
          "logout",
          "test",
          "modules",
          "preview",
          "pre",
          "whoami",
          "about",
          "logs",
          "plugin",
          "diff",
          "synth",
          "synthesize",
          "ls",
          "list",
          "doctor",
          "docs",
          "context",
          "info",
          "print",
          "package",
          "status",
          "help",
          "open",
          "releases",
          "inspect");
  private static final Pattern AWS_READ =
      Pattern.compile(
          "(describe|list|get|head|batch-get|filter|lookup|search|scan|query|select|simulate|estimate|validate|wait|help|download|preview|detect|decode|verify|tail)(-.*)?");
  private static final Set<String> CLOUD_READS =
      Set.of(
          "list",
          "describe",
          "ls",
          "cat",
          "stat",
          "du",
          "hash",
          "read",
          "info",
          "version",
          "help",
          "show",
          "exists",
          "url",
          "download",
          "download-batch",
          "tail",
          "logs",
          "auth",
          "config",
          "account",
          "login",
          "logout",
          "get-credentials",
          "get-value",
          "browse");
  private static final Set<String> DOCKER_READS =
      Set.of(
          "ps", "images", "logs", "inspect", "version", "info", "stats", "top", "events", "port",
          "diff", "history", "search", "context", "ls", "df", "config");
  private static final Pattern DEPLOY_WORD =
      Pattern.compile(
          "(?i).*(deploy|release|publish|migrat|rollout|seed|destroy|teardown|provision|promote|drop).*");
  private static final Pattern FRAMEWORK_WRITE =
      Pattern.compile(
          "db:.*|data:.*|migrate.*|flush|loaddata|dbshell|shell|console|c|tinker|runner|ecto\\..*|upgrade|downgrade|stamp"
              + "|clean|repair|baseline|undo|update.*|rollback.*|drop.*|migration:.*|schema:.*|seed.*|database|reset_db");
  static final Pattern FRAMEWORKS =
      Pattern.compile(
          "rails|rake|manage\\.py|django-admin|artisan|mix|prisma|knex|sequelize|alembic|flyway|liquibase|typeorm");
  static final Pattern SCRIPT_RUNNERS = Pattern.compile("npm|yarn|pnpm|bun|make|just|task");

  private Effects() {}

  /** True when {@code inv} provably changes nothing where it points. */
  static boolean readsOnly(Invocation inv, RuleContext context) {
    List<String> ops = operands(inv);
    String verb = ops.isEmpty() ? "" : ops.get(0);
    String p = inv.program();
    if (Databases.isDatabaseCommand(p)) {
      return Databases.readsOnly(inv, context);
    }
    return switch (p) {
      case "kubectl", "oc", "kubecolor" -> KUBE_READS.contains(verb) || dryRun(inv);
      case "helm", "helm3" -> HELM_READS.contains(verb) || dryRun(inv);
      case "terraform",
          "tofu",
          "terragrunt",
          "pulumi",
          "cdk",
          "cdktf",
          "serverless",
          "sls",
          "cap",
          "kamal",
          "fly",
          "flyctl",
          "heroku",
          "firebase",
          "eb",
          "vercel",
          "netlify" ->
          infraReads(ops);
      case "aws" -> aws(ops);
      case "gcloud", "az", "gsutil" ->
          ops.stream().limit(4).anyMatch(CLOUD_READS::contains) || gsDownload(p, ops);
      case "docker", "podman" -> ops.stream().limit(2).anyMatch(DOCKER_READS::contains);
      case "ansible-playbook" ->
          has(
              inv,
              "--check",
              "-C",
              "--syntax-check",
              "--list-hosts",
              "--list-tasks",
              "--list-tags");
      case "ssh" -> ops.size() > 1;
      case "scp", "rsync", "sftp" ->
          !p.equals("sftp") && (ops.isEmpty() || !ops.get(ops.size() - 1).matches("[^/]*:.*"));
      case "curl", "wget", "http", "https", "xh" -> !Requests.writes(inv);
      case "git" -> GitCommand.parse(inv).flatMap(PushSpec::of).map(PushSpec::dryRun).orElse(true);
      default -> !writesByName(inv, ops);
    };
  }

  /** True for the programs whose environment ({@code RAILS_ENV=production}) decides the target. */
  static boolean environmentSensitive(Invocation inv) {
    String p = inv.program();
    return Targets.isKnown(p)
        || FRAMEWORKS.matcher(task(inv).tool()).matches()
        || SCRIPT_RUNNERS.matcher(p).matches();
  }

  /** Framework tasks that touch the database, and scripts named like deploys. */
  private static boolean writesByName(Invocation inv, List<String> ops) {
    Task t = task(inv);
    if (FRAMEWORKS.matcher(t.tool()).matches()) {
      return t.ops().stream().limit(3).anyMatch(o -> FRAMEWORK_WRITE.matcher(o).matches());
    }
    if (SCRIPT_RUNNERS.matcher(inv.program()).matches()) {
      return scriptName(ops).map(s -> DEPLOY_WORD.matcher(s).matches()).orElse(false);
    }
    return false;
  }

  /** The script or target a runner runs: {@code npm run X}, {@code yarn X}, {@code make X}. */
  static Optional<String> scriptName(List<String> ops) {
    if (ops.isEmpty()) {
      return Optional.empty();
    }
    boolean run = ops.get(0).matches("run|run-script");
    return ops.size() > (run ? 1 : 0) ? Optional.of(ops.get(run ? 1 : 0)) : Optional.empty();
  }

  /**
   * The tool a command runs and its words: {@code python manage.py migrate} is {@code manage.py}
   * {@code [migrate]}, {@code bundle exec rake db:drop} is {@code rake [db:drop]}, {@code npx
   * prisma migrate deploy} is {@code prisma [migrate, deploy]}.
   */
  static Task task(Invocation inv) {
    List<String> w = inv.args().stream().map(Arg::value).filter(v -> !v.startsWith("-")).toList();
    String p = inv.program();
    int skip =
        switch (p) {
          case "python", "python3", "php", "npx", "bunx" -> 0;
          case "bundle", "pnpm", "poetry", "pipenv", "uv" ->
              !w.isEmpty() && w.get(0).matches("exec|run") ? 1 : -1;
          default -> -1;
        };
    if (skip < 0 || w.size() <= skip) {
      return new Task(p, w);
    }
    String tool = w.get(skip);
    return new Task(tool.substring(tool.lastIndexOf('/') + 1), w.subList(skip + 1, w.size()));
  }

  /** A tool and the words after it. */
  record Task(String tool, List<String> ops) {}

  private static boolean infraReads(List<String> ops) {
    List<String> o =
        !ops.isEmpty() && ops.get(0).equals("run-all") ? ops.subList(1, ops.size()) : ops;
    if (o.isEmpty()) {
      return false;
    }
    if (o.get(0).matches("state|workspace|stack|config")) {
      return o.size() == 1 || SUB_READS.contains(o.get(1));
    }
    return IAC_READS.contains(o.get(0));
  }

  private static boolean aws(List<String> ops) {
    if (ops.size() < 2) {
      return true;
    }
    String service = ops.get(0);
    String op = ops.get(1);
    if (service.matches("sts|configure|help")) {
      return true;
    }
    if (service.equals("s3")) {
      return op.matches("ls|presign")
          || (op.matches("cp|sync") && !ops.get(ops.size() - 1).startsWith("s3://"));
    }
    return AWS_READ.matcher(op).matches();
  }

  private static boolean gsDownload(String p, List<String> ops) {
    return p.equals("gsutil")
        && !ops.isEmpty()
        && ops.get(0).matches("cp|rsync")
        && !ops.get(ops.size() - 1).startsWith("gs://");
  }

  private static boolean dryRun(Invocation inv) {
    return inv.args().stream()
        .anyMatch(a -> a.value().matches("--dry-run(=(client|server|true))?"));
  }

  private static boolean has(Invocation inv, String... options) {
    return inv.args().stream().anyMatch(a -> List.of(options).contains(a.value()));
  }

  /** Non-option words, skipping the value of an option written as {@code --opt value}. */
  static List<String> operands(Invocation inv) {
    List<String> out = new java.util.ArrayList<>();
    List<Arg> a = inv.args();
    for (int i = 0; i < a.size(); i++) {
      String v = a.get(i).value();
      if (v.equals("--")) {
        break;
      }
      if (!v.startsWith("-")) {
        out.add(v);
      } else if (v.matches(
          "--(context|kube-context|namespace|cluster|kubeconfig|profile|region|project|subscription|resource-group|stack|output|query|stage|app|remote|inventory|limit|filename|values|host|port|user|username|dbname)|-[nsgiloafcuhpdU]")) {
        i++;
      }
    }
    return out;
  }
}
