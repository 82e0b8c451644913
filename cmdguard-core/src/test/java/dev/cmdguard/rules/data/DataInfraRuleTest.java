package dev.cmdguard.rules.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.Finding;
import dev.cmdguard.FindingCode;
import dev.cmdguard.Risk;
import dev.cmdguard.rules.RuleTable;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The data and infrastructure family (docs/rules/data-infra.md) as a table: command → the codes of
 * the family it gives ({@code ""} for none). Context: cwd {@code /home/dev/project}, home {@code
 * /home/dev}, user {@code dev}.
 */
class DataInfraRuleTest {
  private static final String SQL = "DESTRUCTIVE_SQL";
  private static final String CONTAINER = "DESTRUCTIVE_CONTAINER_OP";
  private static final String K8S = "DESTRUCTIVE_K8S_OP";
  private static final String CLOUD = "DESTRUCTIVE_CLOUD_OP";
  private static final String INFRA = "DESTRUCTIVE_INFRA";
  private static final String PKG = "PACKAGE_REMOVAL";

  record Row(String command, String codes) {
    @Override
    public String toString() {
      return command.replace("\n", "\\n") + " → " + (codes.isEmpty() ? "nothing" : codes);
    }
  }

  static final List<Row> ROWS =
      List.of(
          // DESTRUCTIVE_SQL
          new Row("psql -c 'DROP TABLE users'", SQL),
          new Row("psql -c 'DROP DATABASE production'", SQL),
          new Row("psql --command='TRUNCATE TABLE users'", SQL),
          new Row("psql -d app -c 'DELETE FROM users'", SQL),
          new Row("psql -c \"DELETE FROM logs WHERE created_at < '2023-01-01'\"", SQL),
          new Row("psql -c 'UPDATE users SET active = false WHERE 1=1'", SQL),
          new Row("psql -c 'BEGIN; ALTER TABLE users DROP COLUMN email; COMMIT;'", SQL),
          new Row("mysql -e 'DROP TABLE users'", SQL),
          new Row("mysql -h prod-db.example.com -e 'DROP DATABASE users'", SQL),
          new Row("mysql -e 'UPDATE users SET active=0'", SQL),
          new Row("mysql --execute='TRUNCATE sessions'", SQL),
          new Row("mysql app -e 'drop table if exists `tmp`'", SQL),
          new Row("mariadb -e 'DELETE FROM t'", SQL),
          new Row("sqlite3 app.db 'DELETE FROM users'", SQL),
          new Row("sqlite3 app.db \"DROP TABLE cache;\"", SQL),
          new Row("duckdb data.duckdb 'DROP TABLE events'", SQL),
          new Row("mongosh app --eval 'db.dropDatabase()'", SQL),
          new Row("mongo production --eval 'db.dropDatabase()'", SQL),
          new Row("mongosh --eval 'db.users.deleteMany({})'", SQL),
          new Row("mongosh --eval 'db.users.drop()'", SQL),
          new Row("redis-cli FLUSHALL", SQL),
          new Row("redis-cli -h cache -n 2 flushdb", SQL),
          new Row("redis-cli DEL session:42", SQL),
          new Row("cqlsh -e 'DROP KEYSPACE app'", SQL),
          new Row("clickhouse-client --query 'TRUNCATE TABLE hits'", SQL),
          new Row("sqlcmd -S db -Q 'DROP TABLE Orders'", SQL),
          new Row("psql <<EOF\nDROP TABLE users;\nEOF", SQL),
          new Row("psql app <<< 'TRUNCATE audit'", SQL),
          new Row("echo 'DROP TABLE x' | psql", SQL),
          new Row("printf 'DELETE FROM t;' | mysql app", SQL),
          new Row("redis-cli <<EOF\nSELECT 1\nFLUSHDB\nEOF", SQL),
          new Row("bash -c \"psql -c 'DROP TABLE users'\"", SQL),
          new Row("docker exec -it db psql -U postgres -c 'DROP DATABASE app'", SQL),
          new Row("docker compose exec db mysql -e 'DROP TABLE t'", SQL),
          new Row("kubectl exec -it pg-0 -- psql -c 'TRUNCATE events'", SQL),
          new Row("dropdb app_test", SQL),
          new Row("dropdb --if-exists -h localhost app", SQL),
          new Row("mysqladmin -u root -f drop app", SQL),
          new Row("pg_restore --clean -d app dump.custom", SQL),
          new Row("mongorestore --drop dump/", SQL),
          new Row("rails db:drop", SQL),
          new Row("bin/rails db:reset", SQL),
          new Row("bundle exec rake db:schema:load", SQL),
          new Row("python manage.py flush --noinput", SQL),
          new Row("php artisan migrate:fresh --seed", SQL),
          new Row("npx prisma migrate reset --force", SQL),
          new Row("npx prisma db push --force-reset", SQL),
          new Row("flyway -url=jdbc:postgresql://db/app clean", SQL),
          new Row("mix ecto.reset", SQL),
          new Row("heroku pg:reset DATABASE_URL --confirm app", SQL),
          // DESTRUCTIVE_CONTAINER_OP
          new Row("docker volume rm pgdata", CONTAINER),
          new Row("docker volume prune -f", CONTAINER),
          new Row("docker volume rm $(docker volume ls -q)", CONTAINER),
          new Row("docker system prune -af --volumes", CONTAINER),
          new Row("docker compose down -v", CONTAINER),
          new Row("docker-compose down --volumes", CONTAINER),
          new Row("docker rm -f $(docker ps -aq)", CONTAINER),
          new Row("docker rm -v db", CONTAINER),
          new Row("docker container rm -fv db", CONTAINER),
          new Row("podman volume rm data", CONTAINER),
          new Row("podman system reset -f", CONTAINER),
          new Row("podman machine rm", CONTAINER),
          new Row("sudo docker volume prune", CONTAINER),
          // DESTRUCTIVE_K8S_OP
          new Row("kubectl delete namespace production", K8S),
          new Row("kubectl delete ns staging", K8S),
          new Row("kubectl delete all --all", K8S),
          new Row("kubectl delete pods --all -n prod", K8S),
          new Row("kubectl delete deployments --all", K8S),
          new Row("kubectl delete pvc --all", K8S),
          new Row("kubectl delete deployment api", K8S),
          new Row("kubectl delete -f k8s/", K8S),
          new Row("kubectl -n shop delete pod -l app=web", K8S),
          new Row("kubectl drain node-1 --ignore-daemonsets", K8S),
          new Row("kubectl apply --prune -l app=web -f k8s/", K8S),
          new Row("oc delete project demo", K8S),
          new Row("helm uninstall production", K8S),
          new Row("helm delete my-release -n web", K8S),
          new Row("bash -c 'kubectl delete namespace production'", K8S),
          new Row("microk8s kubectl delete ns demo", K8S),
          // DESTRUCTIVE_CLOUD_OP
          new Row("aws s3 rm s3://bucket/key", CLOUD),
          new Row("aws s3 rm s3://prod-bucket --recursive", CLOUD),
          new Row("aws s3 rm s3://my-bucket --recursive --exclude '*' --include '*'", CLOUD),
          new Row("aws s3 rb s3://bucket --force", CLOUD),
          new Row("aws s3 sync ./dist s3://site --delete", CLOUD),
          new Row("aws s3api delete-bucket --bucket bucket", CLOUD),
          new Row("aws s3api delete-objects --bucket b --delete file://d.json", CLOUD),
          new Row("aws ec2 terminate-instances --instance-ids i-123", CLOUD),
          new Row("aws --profile prod rds delete-db-instance --db-instance-identifier db", CLOUD),
          new Row("aws kms schedule-key-deletion --key-id k", CLOUD),
          new Row("gcloud compute instances delete vm-1 --zone us-east1-b", CLOUD),
          new Row("gcloud projects delete my-project", CLOUD),
          new Row("gcloud storage rm -r gs://bucket", CLOUD),
          new Row("gsutil rm -r gs://prod-bucket", CLOUD),
          new Row("gsutil -m rm gs://b/**", CLOUD),
          new Row("gsutil rsync -d -r ./site gs://b", CLOUD),
          new Row("az group delete -n prod-rg --yes", CLOUD),
          new Row("az storage blob delete-batch -s prod", CLOUD),
          new Row("rclone purge remote:prod", CLOUD),
          new Row("rclone delete remote:bucket/old", CLOUD),
          new Row("rclone sync /src remote:bucket --delete-excluded", CLOUD),
          new Row("doctl compute droplet delete web-1", CLOUD),
          new Row("fly apps destroy my-app", CLOUD),
          new Row("heroku apps:destroy my-app --confirm my-app", CLOUD),
          // DESTRUCTIVE_INFRA
          new Row("terraform destroy", INFRA),
          new Row("terraform destroy -auto-approve", INFRA),
          new Row("terraform -chdir=infra apply -destroy -auto-approve", INFRA),
          new Row("tofu destroy -target=aws_instance.web", INFRA),
          new Row("terragrunt run-all destroy", INFRA),
          new Row("pulumi destroy -y", INFRA),
          new Row("pulumi down --yes --stack dev", INFRA),
          new Row("cdk destroy --force", INFRA),
          new Row("npx cdk destroy MyStack", INFRA),
          new Row("serverless remove --stage dev", INFRA),
          new Row("vagrant destroy -f", INFRA),
          // PACKAGE_REMOVAL
          new Row("apt-get remove --purge openssh-server", PKG),
          new Row("sudo apt purge docker.io", PKG),
          new Row("apt autoremove -y", PKG),
          new Row("apt-get install -y nano vim-", PKG),
          new Row("dpkg -r cowsay", PKG),
          new Row("rpm -e httpd", PKG),
          new Row("yum remove kernel", PKG),
          new Row("dnf remove glibc", PKG),
          new Row("pacman -Rns linux", PKG),
          new Row("apk del curl", PKG),
          new Row("brew uninstall node", PKG),
          new Row("pip uninstall -y requests", PKG),
          new Row("python -m pip uninstall requests", PKG),
          new Row("npm uninstall -g typescript", PKG),
          new Row("snap remove firefox", PKG),
          new Row("gem uninstall rails", PKG),
          // several
          new Row("terraform destroy && docker volume prune", CONTAINER + "," + INFRA),
          // ---- must not fire ----
          new Row("psql -c 'SELECT * FROM users LIMIT 10'", ""),
          new Row("psql -c \"SHOW TABLES\"", ""),
          new Row("psql -c 'INSERT INTO logs VALUES (1, 2)'", ""),
          new Row("psql -c 'CREATE TABLE t (id int)'", ""),
          new Row("psql -c \"SELECT 'DROP TABLE users'\"", ""),
          new Row("psql -c 'SELECT 1 -- DROP TABLE x'", ""),
          new Row("psql -c '/* TRUNCATE t */ SELECT 1'", ""),
          new Row(
              "psql -c 'CREATE FUNCTION f() RETURNS void AS $$ DELETE FROM t $$ LANGUAGE sql'", ""),
          new Row("psql -c 'GRANT ALL ON database TO user'", ""),
          new Row("psql -c 'EXPLAIN DELETE FROM t'", ""),
          new Row("psql -f migrate.sql", ""),
          new Row("psql app < dump.sql", ""),
          new Row("psql -h localhost -U postgres", ""),
          new Row("psql -c '\\dt'", ""),
          new Row("mysql -e 'SELECT * FROM users'", ""),
          new Row("mysql -e 'ALTER TABLE users ADD COLUMN age int'", ""),
          new Row("mysql -e \"SELECT \\\"drop table x\\\"\"", ""),
          new Row("sqlite3 app.db '.tables'", ""),
          new Row("sqlite3 app.db 'SELECT count(*) FROM users'", ""),
          new Row("mongosh --eval 'db.users.find({})'", ""),
          new Row("mongosh --eval 'db.users.insertOne({a: 1})'", ""),
          new Row("redis-cli PING", ""),
          new Row("redis-cli -n 2 GET session:42", ""),
          new Row("redis-cli --scan --pattern 'user:*'", ""),
          new Row("grep \"DROP TABLE\" x.sql", ""),
          new Row("grep -e 'DROP TABLE' schema.sql", ""),
          new Row("echo 'DROP TABLE users'", ""),
          new Row("cat <<EOF > drop.sql\nDROP TABLE users;\nEOF", ""),
          new Row("git commit -m 'DROP TABLE users in migration'", ""),
          new Row("pg_dump production > backup.sql", ""),
          new Row("mysqldump app > app.sql", ""),
          new Row("rails db:migrate", ""),
          new Row("rails console", ""),
          new Row("python manage.py migrate", ""),
          new Row("python manage.py sqlflush", ""),
          new Row("npx prisma migrate dev", ""),
          new Row("docker ps", ""),
          new Row("docker images", ""),
          new Row("docker rm container", ""),
          new Row("docker rm -f myapp", ""),
          new Row("docker rmi image", ""),
          new Row("docker system prune", ""),
          new Row("docker system prune -a", ""),
          new Row("docker image prune", ""),
          new Row("docker network prune", ""),
          new Row("docker compose down", ""),
          new Row("docker compose up -d", ""),
          new Row("docker run --rm -v data:/data alpine ls /data", ""),
          new Row("docker volume ls", ""),
          new Row("docker volume create pgdata", ""),
          new Row("docker build -t myapp:latest .", ""),
          new Row("command -v docker", ""),
          new Row("kubectl get pods", ""),
          new Row("kubectl describe pod web-1", ""),
          new Row("kubectl delete pod web-1", ""),
          new Row("kubectl delete pod/web-1 -n shop", ""),
          new Row("kubectl delete namespace prod --dry-run=client", ""),
          new Row("kubectl apply -f deployment.yaml", ""),
          new Row("kubectl scale deployment web --replicas=3", ""),
          new Row("kubectl cordon node-1", ""),
          new Row("kubectl logs -f web-1", ""),
          new Row("helm list -A", ""),
          new Row("helm upgrade --install web ./chart", ""),
          new Row("helm uninstall web --dry-run", ""),
          new Row("echo \"example: kubectl delete namespace prod\"", ""),
          new Row("aws s3 ls s3://my-bucket", ""),
          new Row("aws s3 cp ./artifact.zip s3://prod-bucket/releases/artifact.zip", ""),
          new Row("aws s3 sync ./backup s3://prod-bucket/backups/", ""),
          new Row("aws s3 rm s3://prod-bucket/tmp/old.log --dryrun", ""),
          new Row("aws s3 mb s3://new-bucket", ""),
          new Row("aws ec2 describe-instances", ""),
          new Row("aws ec2 terminate-instances --instance-ids i-1 --dry-run", ""),
          new Row("aws sts get-caller-identity", ""),
          new Row("aws s3api get-object --bucket b --key k out", ""),
          new Row("rg \"aws s3 rm\" README.md", ""),
          new Row("gcloud compute instances list", ""),
          new Row("gcloud storage cp gs://bucket/file ./local", ""),
          new Row("gsutil ls gs://bucket", ""),
          new Row("gsutil rsync -r ./site gs://b", ""),
          new Row("az storage blob list -c mycontainer", ""),
          new Row("az group show -n prod-rg", ""),
          new Row("rclone copy /src remote:important-bucket", ""),
          new Row("rclone sync /src remote:important-bucket --dry-run", ""),
          new Row("rclone ls remote:bucket", ""),
          new Row("printf \"%s\" \"rclone sync /src remote:bucket --delete\"", ""),
          new Row("terraform plan", ""),
          new Row("terraform plan -destroy", ""),
          new Row("terraform apply -auto-approve", ""),
          new Row("terraform destroy -help", ""),
          new Row("pulumi up -y", ""),
          new Row("pulumi preview --destroy", ""),
          new Row("cdk deploy", ""),
          new Row("cdk diff", ""),
          new Row("apt-get install vim", ""),
          new Row("sudo apt update", ""),
          new Row("apt list --installed", ""),
          new Row("dpkg -l", ""),
          new Row("pacman -Syu", ""),
          new Row("brew install git bash-completion", ""),
          new Row("pip install requests", ""),
          new Row("npm uninstall lodash", ""),
          new Row("npm install", ""),
          new Row("yarn remove left-pad", ""),
          new Row("cargo build --release", ""),
          new Row("psql -c 'VACUUM ANALYZE users'", ""),
          new Row("psql -c 'COPY users TO STDOUT'", ""),
          new Row("psql -c 'WITH x AS (SELECT 1) SELECT * FROM x'", ""),
          new Row("psql -c 'UPDATE users SET name = $1 WHERE id = 7'", "DESTRUCTIVE_SQL"),
          new Row("psql --version", ""),
          new Row("mysql --help", ""),
          new Row("mysql -u root -p app", ""),
          new Row("mysql -e 'SHOW DATABASES; USE app; DESCRIBE users'", ""),
          new Row("mysql -e 'INSERT INTO t VALUES (\"DELETE FROM t\")'", ""),
          new Row("sqlite3 app.db .schema", ""),
          new Row("sqlite3 -header -csv app.db 'SELECT * FROM t' > out.csv", ""),
          new Row("mongosh --eval 'db.users.countDocuments()'", ""),
          new Row("mongodump --db app --out dump/", ""),
          new Row("mongorestore dump/", ""),
          new Row("pg_restore -d app dump.custom", ""),
          new Row("redis-cli INFO memory", ""),
          new Row("redis-cli SET greeting hello", ""),
          new Row("createdb app_test", ""),
          new Row("docker logs -f web", ""),
          new Row("docker stop web && docker rm web", ""),
          new Row("docker exec -it db psql -c 'SELECT 1'", ""),
          new Row("docker compose exec web bash", ""),
          new Row("docker container prune -f", ""),
          new Row("docker builder prune -af", ""),
          new Row("podman ps -a", ""),
          new Row("kubectl get ns", ""),
          new Row("kubectl rollout restart deployment/web", ""),
          new Row("kubectl exec -it web-1 -- ls /", ""),
          new Row("kubectl config use-context staging", ""),
          new Row("helm repo add bitnami https://charts.bitnami.com/bitnami", ""),
          new Row("aws configure list", ""),
          new Row("aws logs tail /aws/lambda/fn --follow", ""),
          new Row("aws cloudformation describe-stacks", ""),
          new Row("gcloud auth login", ""),
          new Row("gcloud config set project my-project", ""),
          new Row("az login", ""),
          new Row("terraform init", ""),
          new Row("terraform fmt -recursive", ""),
          new Row("terraform state list", ""),
          new Row("terraform workspace select prod", ""),
          new Row("vagrant up", ""),
          new Row("pip list", ""),
          new Row("pip freeze > requirements.txt", ""),
          new Row("apt-cache search nginx", ""),
          new Row("brew upgrade", ""),
          new Row("ls -la", ""));

  static Stream<Row> rows() {
    return ROWS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    assertThat(RuleTable.codes(row.command(), FindingCode.Family.DATA_INFRA))
        .isEqualTo(row.codes());
  }

  @Test
  void atLeastAsManyRowsThatMustNotFire() {
    long quiet = ROWS.stream().filter(r -> r.codes().isEmpty()).count();
    assertThat(quiet).isGreaterThanOrEqualTo(ROWS.size() - quiet);
  }

  @Test
  void filteredDeleteIsMediumUnfilteredIsHigh() {
    assertThat(only("psql -c 'DELETE FROM users WHERE id=1'").severity()).isEqualTo(Risk.MEDIUM);
    assertThat(only("psql -c 'DELETE FROM users'").severity()).isEqualTo(Risk.HIGH);
    assertThat(only("redis-cli DEL k").severity()).isEqualTo(Risk.MEDIUM);
  }

  @Test
  void sqlFindingNamesTheStatementAndPointsAtIt() {
    String command = "psql -d app -c 'DROP TABLE users'";
    Finding f = only(command);
    assertThat(f.message()).contains("DROP TABLE users");
    assertThat(f.span().of(command)).isEqualTo("'DROP TABLE users'");
    assertThat(f.saferAlternative()).get().asString().contains("pg_dump");
  }

  @Test
  void deleteWithoutWhereSuggestsAWhereClause() {
    assertThat(only("mysql -e 'DELETE FROM users'").saferAlternative())
        .get()
        .asString()
        .contains("WHERE");
  }

  @Test
  void essentialPackageIsHigh() {
    assertThat(only("apt-get remove libc6").severity()).isEqualTo(Risk.HIGH);
    assertThat(only("apt-get remove cowsay").severity()).isEqualTo(Risk.MEDIUM);
  }

  @Test
  void messagesNameTheTarget() {
    assertThat(only("kubectl delete namespace shop").message()).contains("namespace shop");
    assertThat(only("docker volume rm pgdata").message()).contains("pgdata");
    assertThat(only("aws s3 rb s3://bucket --force").message()).contains("s3://bucket");
    assertThat(only("terraform destroy").saferAlternative())
        .get()
        .asString()
        .contains("plan -destroy");
  }

  /** SPEC sections 3 and 4: the data and infrastructure examples and their risk. */
  @Test
  void specExamples() {
    for (String c :
        List.of(
            "psql -c 'DROP TABLE users'",
            "mysql -e 'TRUNCATE sessions'",
            "psql -c 'DELETE FROM users'",
            "mysql -e 'UPDATE users SET active=0'",
            "mongosh --eval 'db.dropDatabase()'",
            "redis-cli FLUSHALL",
            "sqlite3 app.db 'DROP TABLE t'",
            "docker volume prune",
            "kubectl delete namespace shop",
            "aws s3 rm s3://bucket --recursive",
            "terraform destroy")) {
      assertThat(RuleTable.evaluate(c).risk()).as(c).isEqualTo(Risk.HIGH);
    }
    for (String c :
        List.of(
            "psql -c 'DELETE FROM users WHERE id = 1'",
            "apt-get remove cowsay",
            "npm install",
            "psql -c 'SELECT 1'")) {
      assertThat(RuleTable.evaluate(c).risk()).as(c).isEqualTo(Risk.MEDIUM);
    }
    assertThat(RuleTable.evaluate("grep \"DROP TABLE\" x.sql").risk()).isEqualTo(Risk.LOW);
  }

  private static Finding only(String command) {
    List<Finding> mine =
        RuleTable.evaluate(command).findings().stream()
            .filter(f -> f.code().family() == FindingCode.Family.DATA_INFRA)
            .toList();
    assertThat(mine).as(command).hasSize(1);
    return mine.get(0);
  }
}
