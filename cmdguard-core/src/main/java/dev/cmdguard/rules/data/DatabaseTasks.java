package dev.cmdguard.rules.data;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.unwrap.Arg;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Framework and migration tasks that drop or wipe a database ({@code DESTRUCTIVE_SQL}, high), from
 * each tool's documentation: Rails {@code db:drop}, {@code db:reset}, {@code db:schema:load} …,
 * Django {@code flush}, Laravel {@code migrate:fresh}, {@code db:wipe}, Ecto {@code ecto.drop},
 * Prisma {@code migrate reset}, {@code db push --force-reset}, Sequelize {@code db:drop}, TypeORM
 * {@code schema:drop}, Flyway {@code clean}, Liquibase {@code drop-all}, Alembic {@code downgrade
 * base}, EF Core {@code database drop}, Heroku {@code pg:reset}.
 */
final class DatabaseTasks {
  private static final Set<String> RAILS =
      Set.of(
          "db:drop",
          "db:drop:all",
          "db:reset",
          "db:purge",
          "db:purge:all",
          "db:truncate_all",
          "db:schema:load",
          "db:structure:load",
          "db:migrate:reset",
          "db:seed:replant");
  private static final Map<String, Set<String>> BY_TOOL =
      Map.ofEntries(
          Map.entry("rails", RAILS),
          Map.entry("rake", RAILS),
          Map.entry("manage.py", Set.of("flush", "reset_db")),
          Map.entry("django-admin", Set.of("flush", "reset_db")),
          Map.entry(
              "artisan", Set.of("migrate:fresh", "migrate:reset", "migrate:refresh", "db:wipe")),
          Map.entry("mix", Set.of("ecto.drop", "ecto.reset")),
          Map.entry("prisma", Set.of("migrate reset")),
          Map.entry("sequelize", Set.of("db:drop", "db:migrate:undo:all")),
          Map.entry("sequelize-cli", Set.of("db:drop", "db:migrate:undo:all")),
          Map.entry("typeorm", Set.of("schema:drop")),
          Map.entry("flyway", Set.of("clean")),
          Map.entry("liquibase", Set.of("drop-all", "dropall")),
          Map.entry("alembic", Set.of("downgrade base")),
          Map.entry("dotnet", Set.of("ef database drop")),
          Map.entry("heroku", Set.of("pg:reset")));

  private static final Set<String> SCRIPT_HOSTS = Set.of("python", "python3", "php");

  private DatabaseTasks() {}

  static boolean handles(String program) {
    return BY_TOOL.containsKey(program) || SCRIPT_HOSTS.contains(program);
  }

  static void check(Cmd c, Findings findings) {
    Cmd tool = script(c);
    Set<String> tasks = BY_TOOL.get(tool.program());
    if (tasks == null) {
      return;
    }
    List<Arg> ops = tool.positionals(Set.of("-e", "--env", "--schema", "--url", "-a", "--app"));
    for (int k = 0; k < ops.size(); k++) {
      Optional<String> task = match(tasks, ops, k);
      boolean forceReset = tool.program().equals("prisma") && tool.has("--force-reset");
      if (task.isPresent() || (forceReset && k == 0)) {
        String name = task.orElse("db push --force-reset");
        findings
            .report(FindingCode.DESTRUCTIVE_SQL, c.index())
            .message(tool.program() + " " + name + " drops or wipes the database and its data")
            .at(ops.get(k))
            .safer("back the database up first, and check which database the environment points at")
            .add();
        return;
      }
    }
  }

  /** {@code python manage.py …} and {@code php artisan …} are the script's tasks. */
  private static Cmd script(Cmd c) {
    if (!SCRIPT_HOSTS.contains(c.program()) || c.args().isEmpty()) {
      return c;
    }
    String first = c.args().get(0).value();
    String base = first.substring(first.lastIndexOf('/') + 1);
    return base.equals("manage.py") || base.equals("artisan") ? c.inner(c.args()) : c;
  }

  /** The task of {@code tasks} that starts at operand {@code k} (tasks may be several words). */
  private static Optional<String> match(Set<String> tasks, List<Arg> ops, int k) {
    for (String t : tasks) {
      String[] parts = t.split(" ");
      if (k + parts.length > ops.size()) {
        continue;
      }
      boolean all = true;
      for (int p = 0; p < parts.length && all; p++) {
        all = ops.get(k + p).value().equals(parts[p]);
      }
      if (all) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
