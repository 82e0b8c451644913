package dev.cmdguard.rules.context;

import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.rules.data.Databases;
import dev.cmdguard.rules.git.GitCommand;
import dev.cmdguard.rules.git.PushSpec;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.ArrayList;
import java.util.List;
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
      words(
          "get describe logs top explain version api-resources api-versions cluster-info config"
              + " auth diff wait events port-forward proxy completion plugin options kustomize help");
  private static final Set<String> HELM_READS =
      words(
          "list ls status get history hist show inspect template lint search repo version env"
              + " dependency dep plugin completion verify pull fetch package create help diff");

  /** Verbs that read or not depending on their second word ({@code terraform state list}). */
  private static final Set<String> SUB_READS =
      words("list ls show pull select new output history export get init");

  private static final Set<String> IAC_READS =
      words(
          "plan show output validate fmt init version providers graph console get login logout"
              + " test modules preview pre whoami about logs plugin diff synth synthesize ls list"
              + " doctor docs context info print package status help open releases inspect");
  private static final Set<String> IAC =
      words(
          "terraform tofu terragrunt pulumi cdk cdktf serverless sls cap kamal fly flyctl heroku"
              + " firebase eb vercel netlify");
  private static final Pattern AWS_READ =
      Pattern.compile(
          "(describe|list|get|head|batch-get|filter|lookup|search|scan|query|select|simulate"
              + "|estimate|validate|wait|help|download|preview|detect|decode|verify|tail)(-.*)?");
  private static final Set<String> CLOUD_READS =
      words(
          "list describe ls cat stat du hash read info version help show exists url download"
              + " download-batch tail logs auth config account login logout get-credentials"
              + " get-value browse");
  private static final Set<String> DOCKER_READS =
      words(
          "ps images logs inspect version info stats top events port diff history search context"
              + " ls df config");
  private static final Pattern VALUED =
      Pattern.compile(
          "--(context|kube-context|namespace|cluster|kubeconfig|profile|region|project"
              + "|subscription|resource-group|stack|output|query|stage|app|remote|inventory|limit"
              + "|filename|values|host|port|user|username|dbname)|-[nsgiloafcuhpdU]");

  private Effects() {}

  /** True when {@code inv} provably changes nothing where it points. */
  static boolean readsOnly(Invocation inv, RuleContext context) {
    List<String> ops = operands(inv);
    String verb = ops.isEmpty() ? "" : ops.get(0);
    String p = inv.program();
    if (Databases.isDatabaseCommand(p)) {
      return Databases.readsOnly(inv, context);
    }
    if (IAC.contains(p)) {
      return infraReads(ops);
    }
    return switch (p) {
      case "kubectl", "oc", "kubecolor" -> KUBE_READS.contains(verb) || dryRun(inv);
      case "helm", "helm3" -> HELM_READS.contains(verb) || dryRun(inv);
      case "aws" -> aws(ops);
      case "gcloud", "az", "gsutil" ->
          ops.stream().limit(4).anyMatch(CLOUD_READS::contains) || gsDownload(p, ops);
      case "docker", "podman" -> ops.stream().limit(2).anyMatch(DOCKER_READS::contains);
      case "ansible-playbook" ->
          inv.args().stream()
              .anyMatch(a -> a.value().matches("--check|-C|--syntax-check|--list-.*"));
      case "ssh" -> ops.size() > 1;
      case "scp", "rsync", "sftp" ->
          !p.equals("sftp") && (ops.isEmpty() || !ops.get(ops.size() - 1).matches("[^/]*:.*"));
      case "curl", "wget", "http", "https", "xh" -> !Requests.writes(inv);
      case "git" -> GitCommand.parse(inv).flatMap(PushSpec::of).map(PushSpec::dryRun).orElse(true);
      default -> !Tasks.writes(inv, ops);
    };
  }

  /** True for the programs whose environment ({@code RAILS_ENV=production}) decides the target. */
  static boolean environmentSensitive(Invocation inv) {
    return Targets.isKnown(inv.program()) || Tasks.environmentSensitive(inv);
  }

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

  /** Non-option words, skipping the value of an option written as {@code --opt value}. */
  static List<String> operands(Invocation inv) {
    List<String> out = new ArrayList<>();
    List<Arg> a = inv.args();
    for (int i = 0; i < a.size(); i++) {
      String v = a.get(i).value();
      if (v.equals("--")) {
        break;
      }
      if (!v.startsWith("-")) {
        out.add(v);
      } else if (VALUED.matcher(v).matches()) {
        i++;
      }
    }
    return out;
  }

  private static Set<String> words(String list) {
    return Set.of(list.split(" "));
  }
}
