package dev.cmdguard.rules.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.CommandGuard;
import dev.cmdguard.Decision;
import dev.cmdguard.EvaluationRequest;
import dev.cmdguard.Finding;
import dev.cmdguard.FindingCode;
import dev.cmdguard.Risk;
import dev.cmdguard.rules.RuleTable;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The context family (docs/rules/context.md) as a table: command → the context codes it gives
 * ({@code ""} for none), and the command's risk. Context: cwd {@code /home/dev/project}, home
 * {@code /home/dev}, user {@code dev}.
 */
class ContextRuleTest {
  private static final String PROD = "PRODUCTION_ENVIRONMENT";
  private static final String BRANCH = "PROTECTED_BRANCH";

  record Row(String command, String codes, Risk risk) {
    @Override
    public String toString() {
      return command.replace("\n", "\\n")
          + " → "
          + (codes.isEmpty() ? "nothing" : codes)
          + ", "
          + risk.label();
    }
  }

  private static Row row(String command, String codes, Risk risk) {
    return new Row(command, codes, risk);
  }

  static final List<Row> ROWS =
      List.of(
          // PROTECTED_BRANCH
          row("git push origin main", BRANCH, Risk.HIGH),
          row("git push -u origin master", BRANCH, Risk.HIGH),
          row("git push origin HEAD:main", BRANCH, Risk.HIGH),
          row("git push origin feature:refs/heads/release/2.0", BRANCH, Risk.HIGH),
          row("git push --force origin main", BRANCH, Risk.CRITICAL),
          row("git push origin +main", BRANCH, Risk.CRITICAL),
          row("git push --force-with-lease origin main", BRANCH, Risk.HIGH),
          row("git push origin --delete release/1.0", BRANCH, Risk.CRITICAL),
          row("git push origin :master", BRANCH, Risk.CRITICAL),
          row("git branch -D main", BRANCH, Risk.CRITICAL),
          row("git branch -d master", BRANCH, Risk.HIGH),
          row("git branch -f main HEAD~3", BRANCH, Risk.CRITICAL),
          row("git checkout -B main origin/main", BRANCH, Risk.HIGH),
          row("git update-ref -d refs/heads/main", BRANCH, Risk.CRITICAL),
          row("git checkout main && git reset --hard HEAD~3", BRANCH, Risk.CRITICAL),
          row("git checkout main && git reset HEAD~1", BRANCH, Risk.HIGH),
          row("git switch master && git push", BRANCH, Risk.HIGH),
          row("git checkout main && git rebase feature", BRANCH, Risk.HIGH),
          row("sudo git push origin main", BRANCH, Risk.HIGH),
          row("git checkout main && git push origin HEAD", BRANCH, Risk.HIGH),
          // PRODUCTION_ENVIRONMENT
          row("kubectl apply -f deploy.yaml --context prod-eu", PROD, Risk.HIGH),
          row("kubectl --context=prod delete deployment api", PROD, Risk.CRITICAL),
          row("kubectl -n production scale deployment web --replicas=0", PROD, Risk.HIGH),
          row("kubectl delete namespace production", PROD, Risk.CRITICAL),
          row("bash -c 'kubectl delete namespace production'", PROD, Risk.CRITICAL),
          row("kubectl apply -f production-deployment.yaml", PROD, Risk.HIGH),
          row("helm upgrade web ./chart --kube-context prod", PROD, Risk.HIGH),
          row("helm uninstall production", PROD, Risk.CRITICAL),
          row("kubectl config use-context prod && kubectl apply -f k8s/", PROD, Risk.HIGH),
          row("mysql -h prod-db.example.com -e 'DROP DATABASE users'", PROD, Risk.CRITICAL),
          row("mysql -h prod-db -e 'DROP TABLE users'", PROD, Risk.CRITICAL),
          row("psql -h prod-db.internal -f migrate.sql", PROD, Risk.HIGH),
          row(
              "psql postgres://app@prod-db/app -c 'UPDATE users SET a = 1 WHERE id = 2'",
              PROD,
              Risk.HIGH),
          row("mongo production --eval 'db.dropDatabase()'", PROD, Risk.CRITICAL),
          row("mysql -h prod-db-01.example.com", PROD, Risk.HIGH),
          row("redis-cli -h prod-cache FLUSHALL", PROD, Risk.CRITICAL),
          row("ssh prod-web-1 'sudo systemctl restart nginx'", PROD, Risk.HIGH),
          row("ssh deploy@prod-server.com", PROD, Risk.HIGH),
          row("ssh prod-db \"psql -c 'DROP TABLE sessions'\"", PROD, Risk.CRITICAL),
          row("scp build.tar.gz prod-web-1:/srv/app/", PROD, Risk.HIGH),
          row("RAILS_ENV=production rails db:migrate", PROD, Risk.HIGH),
          row("RAILS_ENV=production bundle exec rake db:drop", PROD, Risk.CRITICAL),
          row("rake db:migrate RAILS_ENV=production", PROD, Risk.HIGH),
          row("export ENV=production; npx prisma migrate deploy", PROD, Risk.HIGH),
          row("env NODE_ENV=production npm run migrate", PROD, Risk.HIGH),
          row("terraform workspace select prod && terraform apply -auto-approve", PROD, Risk.HIGH),
          row("terraform apply -var-file=prod.tfvars", PROD, Risk.HIGH),
          row("cd infra/prod && terraform destroy", PROD, Risk.CRITICAL),
          row("pulumi up --stack prod -y", PROD, Risk.HIGH),
          row("aws --profile prod s3 rm s3://bucket/key", PROD, Risk.CRITICAL),
          row("AWS_PROFILE=production aws ec2 run-instances --image-id ami-1", PROD, Risk.HIGH),
          row("curl -X POST https://api.prod.example.com/deploy", PROD, Risk.HIGH),
          row("git push production main", PROD + "," + BRANCH, Risk.HIGH),
          row("git push --force origin production", PROD, Risk.CRITICAL),
          row("git push git@prod-git.internal:shop/app.git feature", PROD, Risk.HIGH),
          row("npm run deploy:prod", PROD, Risk.HIGH),
          row("npm run deploy -- --env production", PROD, Risk.HIGH),
          row("make deploy ENV=production", PROD, Risk.HIGH),
          row("ansible-playbook -i production deploy.yml", PROD, Risk.HIGH),
          row("vercel deploy --prod", PROD, Risk.HIGH),
          // ---- must not fire ----
          row("git push origin feature", "", Risk.MEDIUM),
          row("git push origin feature-master", "", Risk.MEDIUM),
          row("git push origin main-fix", "", Risk.MEDIUM),
          row("git push", "", Risk.MEDIUM),
          row("git push --dry-run origin main", "", Risk.MEDIUM),
          row("git push --force-with-lease=refs/heads/main", "", Risk.MEDIUM),
          row("git pull origin main", "", Risk.MEDIUM),
          row("git checkout main", "", Risk.MEDIUM),
          row("git merge main", "", Risk.MEDIUM),
          row("git reset --hard origin/main", "", Risk.HIGH),
          row("git checkout feature && git reset --hard HEAD~1", "", Risk.HIGH),
          row("git checkout main && git checkout -b feature && git push", "", Risk.MEDIUM),
          row("git branch -d feature", "", Risk.MEDIUM),
          row("git branch -M main", "", Risk.MEDIUM),
          row("git log main..feature", "", Risk.LOW),
          row("git commit -m 'prod: go live'", "", Risk.MEDIUM),
          row("git push origin feature/live-chat", "", Risk.MEDIUM),
          row("git push https://github.com/acme/live-site.git feature", "", Risk.MEDIUM),
          row("kubectl get pods --context prod", "", Risk.MEDIUM),
          row("kubectl logs -n production web-1", "", Risk.MEDIUM),
          row("kubectl describe deployment api --context prod", "", Risk.MEDIUM),
          row("kubectl delete namespace prod --dry-run=client", "", Risk.MEDIUM),
          row("kubectl apply -f staging-config.yaml", "", Risk.MEDIUM),
          row("kubectl apply -f product-catalog.yaml", "", Risk.MEDIUM),
          row("helm list --kube-context prod", "", Risk.MEDIUM),
          row("psql -h prod-db -c 'SELECT count(*) FROM users'", "", Risk.MEDIUM),
          row("psql prod_database -c 'SELECT * FROM users'", "", Risk.MEDIUM),
          row("pg_dump -h prod-db app > backup.sql", "", Risk.MEDIUM),
          row("pg_dump production > backup.sql", "", Risk.MEDIUM),
          row("mysql -h staging-db -e 'DROP TABLE t'", "", Risk.HIGH),
          row("mysql -h reproduce-db -e 'SELECT 1'", "", Risk.MEDIUM),
          row("ssh prod-web-1 cat /var/log/app.log", "", Risk.MEDIUM),
          row("ssh staging-web 'sudo systemctl restart nginx'", "", Risk.MEDIUM),
          row("scp prod-web-1:/var/log/app.log .", "", Risk.MEDIUM),
          row("NODE_ENV=production npm run build", "", Risk.MEDIUM),
          row("NODE_ENV=production node server.js", "", Risk.MEDIUM),
          row("export NODE_ENV=production", "", Risk.MEDIUM),
          row("export ENV=production; rm -rf build", "", Risk.MEDIUM),
          row("RAILS_ENV=production rails assets:precompile", "", Risk.MEDIUM),
          row("npm run build:prod", "", Risk.MEDIUM),
          row("npm run build -- --mode production", "", Risk.MEDIUM),
          row("terraform workspace select prod && terraform plan", "", Risk.MEDIUM),
          row("terraform plan -var-file=prod.tfvars", "", Risk.MEDIUM),
          row("aws --profile prod elbv2 describe-target-groups --names my-tg", "", Risk.MEDIUM),
          row("aws s3 ls s3://prod-bucket", "", Risk.MEDIUM),
          row("aws s3 cp ./artifact.zip s3://prod-bucket/releases/artifact.zip", "", Risk.MEDIUM),
          row("aws s3 sync ./backup s3://prod-bucket/backups/", "", Risk.MEDIUM),
          row("curl https://api.prod.example.com/deploy", "", Risk.MEDIUM),
          row("curl -X PUT 'http://localhost:9200/prod-index-v2' -d '{}'", "", Risk.MEDIUM),
          row("curl -X POST 'http://localhost:9200/prod-index-v2/_refresh'", "", Risk.MEDIUM),
          row("cat production.log", "", Risk.LOW),
          row("ls /var/log/production", "", Risk.LOW),
          row("echo 'production' > config.txt", "", Risk.MEDIUM),
          row("grep -r prod config/", "", Risk.LOW),
          row("echo 'kubectl delete ns prod --context prod'", "", Risk.LOW),
          row("# Deploy to production later", "", Risk.LOW),
          row("docker run --rm myimage:prod", "", Risk.MEDIUM),
          row("npm install live-server", "", Risk.MEDIUM),
          row("kubectl apply -f liveness-probe.yaml", "", Risk.MEDIUM),
          row("kubectl port-forward svc/db 5432 -n production", "", Risk.MEDIUM),
          row("helm template web ./chart -f values-prod.yaml", "", Risk.MEDIUM),
          row("terraform init", "", Risk.MEDIUM),
          row("cd infra/prod && terraform plan", "", Risk.MEDIUM),
          row("gcloud --project prod-x compute instances list", "", Risk.MEDIUM),
          row("docker --context prod ps", "", Risk.MEDIUM),
          row("mysqldump -h prod-db app > app.sql", "", Risk.MEDIUM),
          row("rails routes RAILS_ENV=production", "", Risk.MEDIUM));

  static Stream<Row> rows() {
    return ROWS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    Decision d = RuleTable.evaluate(row.command());
    assertThat(RuleTable.codes(row.command(), FindingCode.Family.CONTEXT)).isEqualTo(row.codes());
    assertThat(d.risk()).as("risk of " + row.command()).isEqualTo(row.risk());
  }

  @Test
  void atLeastAsManyRowsThatMustNotFire() {
    long quiet = ROWS.stream().filter(r -> r.codes().isEmpty()).count();
    assertThat(quiet).isGreaterThanOrEqualTo(ROWS.size() - quiet);
  }

  @Test
  void raiseNamesTheTargetAndTheLevels() {
    String command = "kubectl apply -f deploy.yaml --context prod-eu";
    Finding f = only(RuleTable.evaluate(command), FindingCode.PRODUCTION_ENVIRONMENT);
    assertThat(f.severity()).isEqualTo(Risk.HIGH);
    assertThat(f.message()).contains("prod-eu").contains("medium to high");
    assertThat(f.span().of(command)).isEqualTo("prod-eu");
    assertThat(f.saferAlternative()).isPresent();
  }

  @Test
  void protectedBranchPointsAtTheRefspec() {
    String command = "git push --force origin main";
    Finding f = only(RuleTable.evaluate(command), FindingCode.PROTECTED_BRANCH);
    assertThat(f.severity()).isEqualTo(Risk.CRITICAL);
    assertThat(f.message()).contains("main").contains("high to critical");
    assertThat(f.span().of(command)).isEqualTo("main");
  }

  @Test
  void agentEnvironmentCounts() {
    CommandGuard guard = CommandGuard.builder().build();
    EvaluationRequest request =
        EvaluationRequest.script("rails db:migrate", "/home/dev/project", "/home/dev", "dev")
            .withEnvironment(Map.of("RAILS_ENV", "production"));
    Decision d = guard.evaluate(request);
    assertThat(d.risk()).isEqualTo(Risk.HIGH);
    assertThat(only(d, FindingCode.PRODUCTION_ENVIRONMENT).message())
        .contains("RAILS_ENV=production");
  }

  @Test
  void customPatterns() {
    CommandGuard guard =
        CommandGuard.builder()
            .rules(List.of(new ContextRule(List.of("trunk"), List.of("prd-eu"))))
            .build();
    EvaluationRequest push =
        EvaluationRequest.script("git push origin trunk", "/home/dev/project", "/home/dev", "dev");
    assertThat(guard.evaluate(push).risk()).isEqualTo(Risk.HIGH);
    EvaluationRequest main =
        EvaluationRequest.script("git push origin main", "/home/dev/project", "/home/dev", "dev");
    assertThat(guard.evaluate(main).risk()).isEqualTo(Risk.MEDIUM);
  }

  private static Finding only(Decision d, FindingCode code) {
    List<Finding> found = d.findings().stream().filter(f -> f.code() == code).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }
}
