package dev.cmdguard.rules.context;

import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Framework tasks and project scripts, whose target is decided by the environment ({@code
 * RAILS_ENV=production rails db:migrate}, {@code NODE_ENV=production npm run migrate}): the task a
 * command runs ({@code bundle exec rake db:drop} runs {@code rake db:drop}, {@code python manage.py
 * migrate} runs {@code manage.py migrate}), and whether it touches the database or deploys. Builds,
 * tests and servers ({@code rails assets:precompile}, {@code npm run build}) do not.
 */
final class Tasks {
  static final Set<String> FRAMEWORKS =
      Set.of(
          "rails",
          "rake",
          "manage.py",
          "django-admin",
          "artisan",
          "mix",
          "prisma",
          "knex",
          "sequelize",
          "alembic",
          "flyway",
          "liquibase",
          "typeorm");
  static final Set<String> SCRIPT_RUNNERS =
      Set.of("npm", "yarn", "pnpm", "bun", "make", "just", "task");
  private static final Pattern FRAMEWORK_WRITE =
      Pattern.compile(
          "db:.*|data:.*|migrate.*|flush|loaddata|dbshell|shell|console|c|tinker|runner|ecto\\..*"
              + "|upgrade|downgrade|stamp|clean|repair|baseline|undo|update.*|rollback.*|drop.*"
              + "|migration:.*|schema:.*|seed.*|database|reset_db");
  private static final Pattern DEPLOY_WORD =
      Pattern.compile(
          "(?i).*(deploy|release|publish|migrat|rollout|seed|destroy|teardown|provision|promote"
              + "|drop).*");
  private static final Set<String> LAUNCHERS = Set.of("bundle", "pnpm", "poetry", "pipenv", "uv");
  private static final Set<String> HOSTS = Set.of("python", "python3", "php", "npx", "bunx");

  private Tasks() {}

  /** A tool and the words after it. */
  record Task(String tool, List<String> ops) {}

  /** True for a framework task or a project script runner. */
  static boolean environmentSensitive(Invocation inv) {
    return FRAMEWORKS.contains(task(inv).tool()) || SCRIPT_RUNNERS.contains(inv.program());
  }

  /** Framework tasks that touch the database, and scripts named like deploys. */
  static boolean writes(Invocation inv, List<String> ops) {
    Task t = task(inv);
    if (FRAMEWORKS.contains(t.tool())) {
      return t.ops().stream().limit(3).anyMatch(o -> FRAMEWORK_WRITE.matcher(o).matches());
    }
    if (SCRIPT_RUNNERS.contains(inv.program())) {
      return scriptName(ops).map(s -> DEPLOY_WORD.matcher(s).matches()).orElse(false);
    }
    return false;
  }

  /** The script or target a runner runs: {@code npm run X}, {@code yarn X}, {@code make X}. */
  static Optional<String> scriptName(List<String> ops) {
    if (ops.isEmpty()) {
      return Optional.empty();
    }
    int at = ops.get(0).equals("run") || ops.get(0).equals("run-script") ? 1 : 0;
    return ops.size() > at ? Optional.of(ops.get(at)) : Optional.empty();
  }

  /**
   * The tool a command runs and its words: {@code python manage.py migrate} is {@code manage.py
   * [migrate]}, {@code bundle exec rake db:drop} is {@code rake [db:drop]}, {@code npx prisma
   * migrate deploy} is {@code prisma [migrate, deploy]}.
   */
  static Task task(Invocation inv) {
    List<String> w = inv.args().stream().map(Arg::value).filter(v -> !v.startsWith("-")).toList();
    String p = inv.program();
    int skip = -1;
    if (HOSTS.contains(p)) {
      skip = 0;
    } else if (LAUNCHERS.contains(p) && !w.isEmpty() && w.get(0).matches("exec|run")) {
      skip = 1;
    }
    if (skip < 0 || w.size() <= skip) {
      return new Task(p, w);
    }
    String tool = w.get(skip);
    return new Task(tool.substring(tool.lastIndexOf('/') + 1), w.subList(skip + 1, w.size()));
  }
}
