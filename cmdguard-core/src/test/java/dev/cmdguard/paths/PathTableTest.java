package dev.cmdguard.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The path judgments as a table: {@code input | cwd | absolute | classes and kinds}, seen from
 * {@code workspace=/home/dev/project, home=/home/dev, user=dev}. A cwd of {@code ws} is the
 * workspace, {@code -} an unknown cwd; an absolute of {@code -} means unknown; {@code ''} is the
 * empty value. An input with {@code * ? [} is passed as a glob, as an unquoted word would be.
 */
class PathTableTest {
  private static final PathContext CONTEXT =
      new PathContext("/home/dev/project", "/home/dev", "dev");

  /** What a rule would act on: a protected place, a device that matters, or a sensitive file. */
  private static final Set<PathClass> DANGEROUS =
      EnumSet.of(
          PathClass.ROOT,
          PathClass.SYSTEM_DIRECTORY,
          PathClass.HOME,
          PathClass.WORKSPACE_ROOT,
          PathClass.BLOCK_DEVICE,
          PathClass.KERNEL_INTERFACE,
          PathClass.NETWORK_SOCKET,
          PathClass.SECRET_FILE);

  private static final String TABLE =
      """
      # root, and spellings of it (SPEC 3)
      /                          | ws | /       | ROOT
      /.                         | ws | /       | ROOT
      //                         | ws | /       | ROOT
      ///                        | ws | /       | ROOT
      /..                        | ws | /       | ROOT
      /./.                       | ws | /       | ROOT
      /usr/..                    | ws | /       | ROOT
      /usr/../                   | ws | /       | ROOT
      ../../..                   | ws | /       | ROOT
      ../../../../..             | ws | /       | ROOT
      /home/dev/project/../../.. | ws | /       | ROOT
      /*                         | ws | /*      | ROOT SYSTEM_DIRECTORY TEMP OTHER
      /*/                        | ws | /*      | ROOT SYSTEM_DIRECTORY TEMP OTHER
      /.*                        | ws | /.*     | ROOT OTHER
      /[a-z]*                    | ws | /[a-z]* | ROOT SYSTEM_DIRECTORY TEMP OTHER
      /[!.]*                     | ws | /[!.]*  | ROOT SYSTEM_DIRECTORY TEMP OTHER
      ~/../..                    | ws | /       | ROOT
      /*/*                       | ws | /*/*    | SYSTEM_DIRECTORY INSIDE_SYSTEM_DIRECTORY HOME TEMP OTHER HARMLESS_DEVICE BLOCK_DEVICE KERNEL_INTERFACE SECRET_FILE CREDENTIAL_FILE SHELL_CONFIG SYSTEM_CRITICAL_FILE
      # the home directory and what is in it
      ~                       | ws | /home/dev                       | HOME
      ~/                      | ws | /home/dev                       | HOME
      ~/.                     | ws | /home/dev                       | HOME
      ~dev                    | ws | /home/dev                       | HOME
      ~dev/                   | ws | /home/dev                       | HOME
      /home/dev               | ws | /home/dev                       | HOME
      /home/dev/              | ws | /home/dev                       | HOME
      /home/dev//             | ws | /home/dev                       | HOME
      ..                      | ws | /home/dev                       | HOME
      src/../..               | ws | /home/dev                       | HOME
      ~/*                     | ws | /home/dev/*                     | HOME INSIDE_HOME WORKSPACE_ROOT
      /home/dev/*             | ws | /home/dev/*                     | HOME INSIDE_HOME WORKSPACE_ROOT
      ~/.*                    | ws | /home/dev/.*                    | HOME INSIDE_HOME SECRET_FILE PRIVATE_KEY CREDENTIAL_FILE SHELL_CONFIG
      ~/.??*                  | ws | /home/dev/.??*                  | HOME INSIDE_HOME SECRET_FILE PRIVATE_KEY CREDENTIAL_FILE SHELL_CONFIG
      ~/.[a-z]*               | ws | /home/dev/.[a-z]*               | HOME INSIDE_HOME SECRET_FILE PRIVATE_KEY CREDENTIAL_FILE SHELL_CONFIG
      ~/[a-z]*                | ws | /home/dev/[a-z]*                | HOME INSIDE_HOME WORKSPACE_ROOT
      /*/dev                  | ws | /*/dev                          | INSIDE_SYSTEM_DIRECTORY HOME TEMP OTHER
      /h*/d*                  | ws | /h*/d*                          | INSIDE_SYSTEM_DIRECTORY HOME OTHER
      ~/Documents             | ws | /home/dev/Documents             | INSIDE_HOME
      ~/Downloads/file.zip    | ws | /home/dev/Downloads/file.zip    | INSIDE_HOME
      ~/.cache/pip            | ws | /home/dev/.cache/pip            | INSIDE_HOME
      ~/.cache/*              | ws | /home/dev/.cache/*              | INSIDE_HOME
      ~/go/pkg/mod            | ws | /home/dev/go/pkg/mod            | INSIDE_HOME
      ~/.m2/repository        | ws | /home/dev/.m2/repository        | INSIDE_HOME
      ~/.config/nvim/init.lua | ws | /home/dev/.config/nvim/init.lua | INSIDE_HOME
      ~/.local/bin/tool       | ws | /home/dev/.local/bin/tool       | INSIDE_HOME
      ~/.npm/_cacache         | ws | /home/dev/.npm/_cacache         | INSIDE_HOME
      ~/.cargo/registry       | ws | /home/dev/.cargo/registry       | INSIDE_HOME
      ~/.rustup               | ws | /home/dev/.rustup               | INSIDE_HOME
      ~/.gitignore_global     | ws | /home/dev/.gitignore_global     | INSIDE_HOME
      ~/.bash_history         | ws | /home/dev/.bash_history         | INSIDE_HOME
      ~/project               | ws | /home/dev/project               | WORKSPACE_ROOT
      ~/project/src           | ws | /home/dev/project/src           | WORKSPACE
      ../project-other        | ws | /home/dev/project-other         | INSIDE_HOME
      /home/dev/project2      | ws | /home/dev/project2              | INSIDE_HOME
      /home/dev/projectile    | ws | /home/dev/projectile            | INSIDE_HOME
      # other users' homes and the parent of all homes
      ~root       | ws | /root       | SYSTEM_DIRECTORY
      ~/..        | ws | /home       | SYSTEM_DIRECTORY
      ~bob        | ws | /home/bob   | INSIDE_SYSTEM_DIRECTORY
      ~bob/x      | ws | /home/bob/x | INSIDE_SYSTEM_DIRECTORY
      ../..       | ws | /home       | SYSTEM_DIRECTORY
      /home       | ws | /home       | SYSTEM_DIRECTORY
      /home/      | ws | /home       | SYSTEM_DIRECTORY
      /home/*     | ws | /home/*     | SYSTEM_DIRECTORY INSIDE_SYSTEM_DIRECTORY HOME
      /home/devil | ws | /home/devil | INSIDE_SYSTEM_DIRECTORY
      /home/dev2  | ws | /home/dev2  | INSIDE_SYSTEM_DIRECTORY
      # the workspace
      .                                  | ws | /home/dev/project                                    | WORKSPACE_ROOT
      ./                                 | ws | /home/dev/project                                    | WORKSPACE_ROOT
      *                                  | ws | /home/dev/project/*                                  | WORKSPACE_ROOT WORKSPACE
      ./*                                | ws | /home/dev/project/*                                  | WORKSPACE_ROOT WORKSPACE
      .*                                 | ws | /home/dev/project/.*                                 | WORKSPACE_ROOT WORKSPACE
      ~+                                 | ws | /home/dev/project                                    | WORKSPACE_ROOT
      node_modules                       | ws | /home/dev/project/node_modules                       | WORKSPACE
      ./build                            | ws | /home/dev/project/build                              | WORKSPACE
      build/                             | ws | /home/dev/project/build                              | WORKSPACE
      dist/*                             | ws | /home/dev/project/dist/*                             | WORKSPACE
      build/*                            | ws | /home/dev/project/build/*                            | WORKSPACE
      out/**                             | ws | /home/dev/project/out/**                             | WORKSPACE
      src/main/java                      | ws | /home/dev/project/src/main/java                      | WORKSPACE
      src/main/resources/application.yml | ws | /home/dev/project/src/main/resources/application.yml | WORKSPACE
      *.log                              | ws | /home/dev/project/*.log                              | WORKSPACE
      /home/dev/project/*.log            | ws | /home/dev/project/*.log                              | WORKSPACE
      docs/*.md                          | ws | /home/dev/project/docs/*.md                          | WORKSPACE
      build/libs/*.jar                   | ws | /home/dev/project/build/libs/*.jar                   | WORKSPACE
      test/fixtures/*.json               | ws | /home/dev/project/test/fixtures/*.json               | WORKSPACE
      *.json                             | ws | /home/dev/project/*.json                             | WORKSPACE
      *.yaml                             | ws | /home/dev/project/*.yaml                             | WORKSPACE
      *.md                               | ws | /home/dev/project/*.md                               | WORKSPACE
      *.pyc                              | ws | /home/dev/project/*.pyc                              | WORKSPACE
      src/*                              | ws | /home/dev/project/src/*                              | WORKSPACE
      src/*.java                         | ws | /home/dev/project/src/*.java                         | WORKSPACE
      src/*/test                         | ws | /home/dev/project/src/*/test                         | WORKSPACE
      target                             | ws | /home/dev/project/target                             | WORKSPACE
      target/../target                   | ws | /home/dev/project/target                             | WORKSPACE
      ~+/src                             | ws | /home/dev/project/src                                | WORKSPACE
      README.md                          | ws | /home/dev/project/README.md                          | WORKSPACE
      package.json                       | ws | /home/dev/project/package.json                       | WORKSPACE
      ./gradlew                          | ws | /home/dev/project/gradlew                            | WORKSPACE
      Cargo.lock                         | ws | /home/dev/project/Cargo.lock                         | WORKSPACE
      go.sum                             | ws | /home/dev/project/go.sum                             | WORKSPACE
      venv/bin/python                    | ws | /home/dev/project/venv/bin/python                    | WORKSPACE
      .venv                              | ws | /home/dev/project/.venv                              | WORKSPACE
      __pycache__                        | ws | /home/dev/project/__pycache__                        | WORKSPACE
      tmp/cache                          | ws | /home/dev/project/tmp/cache                          | WORKSPACE
      logs/app.log                       | ws | /home/dev/project/logs/app.log                       | WORKSPACE
      coverage/lcov.info                 | ws | /home/dev/project/coverage/lcov.info                 | WORKSPACE
      ./node_modules/.bin                | ws | /home/dev/project/node_modules/.bin                  | WORKSPACE
      .git                               | ws | /home/dev/project/.git                               | WORKSPACE
      .git/objects                       | ws | /home/dev/project/.git/objects                       | WORKSPACE
      .git/HEAD                          | ws | /home/dev/project/.git/HEAD                          | WORKSPACE
      .git/refs/heads/main               | ws | /home/dev/project/.git/refs/heads/main               | WORKSPACE
      .github/workflows/ci.yml           | ws | /home/dev/project/.github/workflows/ci.yml           | WORKSPACE
      .gitignore                         | ws | /home/dev/project/.gitignore                         | WORKSPACE
      ../project/src                     | ws | /home/dev/project/src                                | WORKSPACE
      /home/dev/project/./src/../lib     | ws | /home/dev/project/lib                                | WORKSPACE
      x/y/../../z                        | ws | /home/dev/project/z                                  | WORKSPACE
      ./-rf                              | ws | /home/dev/project/-rf                                | WORKSPACE
      # from a subdirectory of the workspace
      .     | /home/dev/project/src | /home/dev/project/src   | WORKSPACE
      ..    | /home/dev/project/src | /home/dev/project       | WORKSPACE_ROOT
      *     | /home/dev/project/src | /home/dev/project/src/* | WORKSPACE
      ../.. | /home/dev/project/src | /home/dev               | HOME
      # scratch space
      /tmp                   | ws | /tmp                   | TEMP
      /tmp/x                 | ws | /tmp/x                 | TEMP
      /tmp/foo.txt           | ws | /tmp/foo.txt           | TEMP
      /tmp/pytest-of-dev     | ws | /tmp/pytest-of-dev     | TEMP
      /tmp/build-123/out.log | ws | /tmp/build-123/out.log | TEMP
      /tmp/*                 | ws | /tmp/*                 | TEMP
      /tmp/*.log             | ws | /tmp/*.log             | TEMP
      /var/tmp               | ws | /var/tmp               | TEMP
      /var/tmp/build.log     | ws | /var/tmp/build.log     | TEMP
      /var/tmp/*             | ws | /var/tmp/*             | TEMP
      /dev/shm               | ws | /dev/shm               | TEMP
      /dev/shm/x             | ws | /dev/shm/x             | TEMP
      /dev/shm/*             | ws | /dev/shm/*             | TEMP
      # system directories and the files in them
      /tmp/../etc           | ws | /etc                  | SYSTEM_DIRECTORY
      /etc                  | ws | /etc                  | SYSTEM_DIRECTORY
      /etc/                 | ws | /etc                  | SYSTEM_DIRECTORY
      /etc/ssh              | ws | /etc/ssh              | SYSTEM_DIRECTORY
      /etc/*                | ws | /etc/*                | SYSTEM_DIRECTORY INSIDE_SYSTEM_DIRECTORY SECRET_FILE CREDENTIAL_FILE SHELL_CONFIG SYSTEM_CRITICAL_FILE
      /usr                  | ws | /usr                  | SYSTEM_DIRECTORY
      /usr/local/bin        | ws | /usr/local/bin        | SYSTEM_DIRECTORY
      /usr/*                | ws | /usr/*                | SYSTEM_DIRECTORY INSIDE_SYSTEM_DIRECTORY
      /u*                   | ws | /u*                   | SYSTEM_DIRECTORY OTHER
      /e?c                  | ws | /e?c                  | SYSTEM_DIRECTORY OTHER
      /[eu]*                | ws | /[eu]*                | SYSTEM_DIRECTORY OTHER
      /[!a-z]*              | ws | /[!a-z]*              | SYSTEM_DIRECTORY OTHER
      /var/lib/docker       | ws | /var/lib/docker       | SYSTEM_DIRECTORY
      /boot                 | ws | /boot                 | SYSTEM_DIRECTORY
      /dev                  | ws | /dev                  | SYSTEM_DIRECTORY
      /bin/../usr/./lib     | ws | /usr/lib              | SYSTEM_DIRECTORY
      /etc/hosts            | ws | /etc/hosts            | INSIDE_SYSTEM_DIRECTORY
      /etc/os-release       | ws | /etc/os-release       | INSIDE_SYSTEM_DIRECTORY
      /etc/resolv.conf      | ws | /etc/resolv.conf      | INSIDE_SYSTEM_DIRECTORY
      /usr/local/bin/foo    | ws | /usr/local/bin/foo    | INSIDE_SYSTEM_DIRECTORY
      /usr/bin/python3      | ws | /usr/bin/python3      | INSIDE_SYSTEM_DIRECTORY
      /usr/include/stdio.h  | ws | /usr/include/stdio.h  | INSIDE_SYSTEM_DIRECTORY
      /usr/share/dict/words | ws | /usr/share/dict/words | INSIDE_SYSTEM_DIRECTORY
      /var/log/syslog       | ws | /var/log/syslog       | INSIDE_SYSTEM_DIRECTORY
      /opt/tool/bin         | ws | /opt/tool/bin         | INSIDE_SYSTEM_DIRECTORY
      /opt/homebrew/bin/git | ws | /opt/homebrew/bin/git | INSIDE_SYSTEM_DIRECTORY
      /srv/data/file        | ws | /srv/data/file        | INSIDE_SYSTEM_DIRECTORY
      /mnt/usb/backup.tar   | ws | /mnt/usb/backup.tar   | INSIDE_SYSTEM_DIRECTORY
      /proc/cpuinfo         | ws | /proc/cpuinfo         | INSIDE_SYSTEM_DIRECTORY
      /proc/meminfo         | ws | /proc/meminfo         | INSIDE_SYSTEM_DIRECTORY
      /sys/class/net        | ws | /sys/class/net        | INSIDE_SYSTEM_DIRECTORY
      # procfs links to the root and the working directory (proc(5))
      /proc/self/root                | ws | /                 | ROOT
      /proc/self/root/               | ws | /                 | ROOT
      /proc/1/root/usr               | ws | /usr              | SYSTEM_DIRECTORY
      /proc/thread-self/root/etc/*   | ws | /etc/*            | SYSTEM_DIRECTORY INSIDE_SYSTEM_DIRECTORY SECRET_FILE CREDENTIAL_FILE SHELL_CONFIG SYSTEM_CRITICAL_FILE
      /proc/self/cwd                 | ws | /home/dev/project | WORKSPACE_ROOT
      /proc/self/cwd/../..           | ws | /home             | SYSTEM_DIRECTORY
      /proc/self/cwd/src             | -  | -                 | UNKNOWN
      /proc/42/cwd                   | ws | -                 | UNKNOWN
      /proc/self/root/proc/self/root | ws | /                 | ROOT
      /proc/self/status              | ws | /proc/self/status | INSIDE_SYSTEM_DIRECTORY
      /proc/self/rootfs              | ws | /proc/self/rootfs | INSIDE_SYSTEM_DIRECTORY
      # names that only start like a protected one
      /usrlocal    | ws | /usrlocal    | OTHER
      /usrx        | ws | /usrx        | OTHER
      /etcetera    | ws | /etcetera    | OTHER
      /etc2        | ws | /etc2        | OTHER
      /tmpfile     | ws | /tmpfile     | OTHER
      /homework    | ws | /homework    | OTHER
      /devices     | ws | /devices     | OTHER
      /binaries    | ws | /binaries    | OTHER
      /bootstrap   | ws | /bootstrap   | OTHER
      /rootfs      | ws | /rootfs      | OTHER
      /data/backup | ws | /data/backup | OTHER
      /foo         | ws | /foo         | OTHER
      /workspace/y | ws | /workspace/y | OTHER
      # system-critical files and system shell configuration
      /etc/passwd           | ws | /etc/passwd           | INSIDE_SYSTEM_DIRECTORY SYSTEM_CRITICAL_FILE
      /etc/shadow           | ws | /etc/shadow           | INSIDE_SYSTEM_DIRECTORY SECRET_FILE CREDENTIAL_FILE SYSTEM_CRITICAL_FILE
      /etc/sudoers          | ws | /etc/sudoers          | INSIDE_SYSTEM_DIRECTORY SYSTEM_CRITICAL_FILE
      /etc/sudoers.d/90-dev | ws | /etc/sudoers.d/90-dev | INSIDE_SYSTEM_DIRECTORY SYSTEM_CRITICAL_FILE
      /etc/sudoers.d/       | ws | /etc/sudoers.d        | SYSTEM_DIRECTORY SYSTEM_CRITICAL_FILE
      /etc/group            | ws | /etc/group            | INSIDE_SYSTEM_DIRECTORY SYSTEM_CRITICAL_FILE
      /etc/profile          | ws | /etc/profile          | INSIDE_SYSTEM_DIRECTORY SHELL_CONFIG
      /etc/bash.bashrc      | ws | /etc/bash.bashrc      | INSIDE_SYSTEM_DIRECTORY SHELL_CONFIG
      # devices: disks are BLOCK_DEVICE, the harmless ones replace the location
      /dev/sda                  | ws | /dev/sda                  | INSIDE_SYSTEM_DIRECTORY BLOCK_DEVICE
      /dev/sda1                 | ws | /dev/sda1                 | INSIDE_SYSTEM_DIRECTORY BLOCK_DEVICE
      /dev/sdb                  | ws | /dev/sdb                  | INSIDE_SYSTEM_DIRECTORY BLOCK_DEVICE
      /dev/nvme0n1              | ws | /dev/nvme0n1              | INSIDE_SYSTEM_DIRECTORY BLOCK_DEVICE
      /dev/nvme0n1p2            | ws | /dev/nvme0n1p2            | INSIDE_SYSTEM_DIRECTORY BLOCK_DEVICE
      /dev/mmcblk0              | ws | /dev/mmcblk0              | INSIDE_SYSTEM_DIRECTORY BLOCK_DEVICE
      /dev/mapper/root          | ws | /dev/mapper/root          | INSIDE_SYSTEM_DIRECTORY BLOCK_DEVICE
      /dev/disk/by-uuid/1234    | ws | /dev/disk/by-uuid/1234    | INSIDE_SYSTEM_DIRECTORY BLOCK_DEVICE
      /dev/loop0                | ws | /dev/loop0                | INSIDE_SYSTEM_DIRECTORY BLOCK_DEVICE
      /dev/md0                  | ws | /dev/md0                  | INSIDE_SYSTEM_DIRECTORY BLOCK_DEVICE
      /dev/dm-0                 | ws | /dev/dm-0                 | INSIDE_SYSTEM_DIRECTORY BLOCK_DEVICE
      /dev/xvda                 | ws | /dev/xvda                 | INSIDE_SYSTEM_DIRECTORY BLOCK_DEVICE
      /dev/vdb                  | ws | /dev/vdb                  | INSIDE_SYSTEM_DIRECTORY BLOCK_DEVICE
      /dev/hda                  | ws | /dev/hda                  | INSIDE_SYSTEM_DIRECTORY BLOCK_DEVICE
      /dev/sd?                  | ws | /dev/sd?                  | INSIDE_SYSTEM_DIRECTORY BLOCK_DEVICE
      /dev/sd[a-z]              | ws | /dev/sd[a-z]              | INSIDE_SYSTEM_DIRECTORY BLOCK_DEVICE
      /dev/nvme0n1*             | ws | /dev/nvme0n1*             | INSIDE_SYSTEM_DIRECTORY BLOCK_DEVICE
      /dev/disk/by-id/*         | ws | /dev/disk/by-id/*         | INSIDE_SYSTEM_DIRECTORY BLOCK_DEVICE
      /dev/mem                  | ws | /dev/mem                  | INSIDE_SYSTEM_DIRECTORY KERNEL_INTERFACE
      /proc/sysrq-trigger       | ws | /proc/sysrq-trigger       | INSIDE_SYSTEM_DIRECTORY KERNEL_INTERFACE
      /sys/firmware/efi/efivars | ws | /sys/firmware/efi/efivars | INSIDE_SYSTEM_DIRECTORY KERNEL_INTERFACE
      /dev/tcp/10.0.0.1/4444    | ws | /dev/tcp/10.0.0.1/4444    | NETWORK_SOCKET
      /dev/null                 | ws | /dev/null                 | HARMLESS_DEVICE
      /dev/zero                 | ws | /dev/zero                 | HARMLESS_DEVICE
      /dev/full                 | ws | /dev/full                 | HARMLESS_DEVICE
      /dev/random               | ws | /dev/random               | HARMLESS_DEVICE
      /dev/urandom              | ws | /dev/urandom              | HARMLESS_DEVICE
      /dev/stdin                | ws | /dev/stdin                | HARMLESS_DEVICE
      /dev/stdout               | ws | /dev/stdout               | HARMLESS_DEVICE
      /dev/stderr               | ws | /dev/stderr               | HARMLESS_DEVICE
      /dev/tty                  | ws | /dev/tty                  | HARMLESS_DEVICE
      /dev/fd/2                 | ws | /dev/fd/2                 | HARMLESS_DEVICE
      /dev/pts/0                | ws | /dev/pts/0                | HARMLESS_DEVICE
      /proc/self/fd/1           | ws | /proc/self/fd/1           | HARMLESS_DEVICE
      /dev/loop-control         | ws | /dev/loop-control         | INSIDE_SYSTEM_DIRECTORY
      /dev/mapper/control       | ws | /dev/mapper/control       | INSIDE_SYSTEM_DIRECTORY
      /dev/snd                  | ws | /dev/snd                  | INSIDE_SYSTEM_DIRECTORY
      /dev/input/event0         | ws | /dev/input/event0         | INSIDE_SYSTEM_DIRECTORY
      /dev/kvm                  | ws | /dev/kvm                  | INSIDE_SYSTEM_DIRECTORY
      /dev/net/tun              | ws | /dev/net/tun              | INSIDE_SYSTEM_DIRECTORY
      /dev/ttyUSB0              | ws | /dev/ttyUSB0              | INSIDE_SYSTEM_DIRECTORY
      /dev/console              | ws | /dev/console              | INSIDE_SYSTEM_DIRECTORY
      # dotenv files and their templates (.envrc is direnv's script: SHELL_CONFIG, not DOTENV)
      .env                | ws | /home/dev/project/.env                | WORKSPACE SECRET_FILE DOTENV
      .env.local          | ws | /home/dev/project/.env.local          | WORKSPACE SECRET_FILE DOTENV
      .env.production     | ws | /home/dev/project/.env.production     | WORKSPACE SECRET_FILE DOTENV
      config/.env         | ws | /home/dev/project/config/.env         | WORKSPACE SECRET_FILE DOTENV
      prod.env            | ws | /home/dev/project/prod.env            | WORKSPACE SECRET_FILE DOTENV
      .env.bak            | ws | /home/dev/project/.env.bak            | WORKSPACE SECRET_FILE DOTENV
      .ENV                | ws | /home/dev/project/.ENV                | WORKSPACE SECRET_FILE DOTENV
      .env*               | ws | /home/dev/project/.env*               | WORKSPACE SECRET_FILE DOTENV SHELL_CONFIG
      .env.example        | ws | /home/dev/project/.env.example        | WORKSPACE
      .env.sample         | ws | /home/dev/project/.env.sample         | WORKSPACE
      .env.template       | ws | /home/dev/project/.env.template       | WORKSPACE
      .env.dist           | ws | /home/dev/project/.env.dist           | WORKSPACE
      .env.defaults       | ws | /home/dev/project/.env.defaults       | WORKSPACE
      .env.schema         | ws | /home/dev/project/.env.schema         | WORKSPACE
      .env.tmpl           | ws | /home/dev/project/.env.tmpl           | WORKSPACE
      .env.example.local  | ws | /home/dev/project/.env.example.local  | WORKSPACE
      example.env         | ws | /home/dev/project/example.env         | WORKSPACE
      sample.env          | ws | /home/dev/project/sample.env          | WORKSPACE
      env.example         | ws | /home/dev/project/env.example         | WORKSPACE
      .envrc              | ws | /home/dev/project/.envrc              | WORKSPACE SHELL_CONFIG
      environment.ts      | ws | /home/dev/project/environment.ts      | WORKSPACE
      environment.prod.ts | ws | /home/dev/project/environment.prod.ts | WORKSPACE
      env.ts              | ws | /home/dev/project/env.ts              | WORKSPACE
      vite-env.d.ts       | ws | /home/dev/project/vite-env.d.ts       | WORKSPACE
      src/env.js          | ws | /home/dev/project/src/env.js          | WORKSPACE
      src/env/index.ts    | ws | /home/dev/project/src/env/index.ts    | WORKSPACE
      .flaskenv           | ws | /home/dev/project/.flaskenv           | WORKSPACE
      # private keys, and public keys and certificates
      ~/.ssh                             | ws | /home/dev/.ssh                             | INSIDE_HOME SECRET_FILE PRIVATE_KEY
      ~/.ssh/id_rsa                      | ws | /home/dev/.ssh/id_rsa                      | INSIDE_HOME SECRET_FILE PRIVATE_KEY
      ~/.ssh/id_ed25519                  | ws | /home/dev/.ssh/id_ed25519                  | INSIDE_HOME SECRET_FILE PRIVATE_KEY
      ~/.ssh/*                           | ws | /home/dev/.ssh/*                           | INSIDE_HOME SECRET_FILE PRIVATE_KEY SHELL_CONFIG
      ~/.ssh/id_*                        | ws | /home/dev/.ssh/id_*                        | INSIDE_HOME SECRET_FILE PRIVATE_KEY
      /root/.ssh/id_rsa                  | ws | /root/.ssh/id_rsa                          | INSIDE_SYSTEM_DIRECTORY SECRET_FILE PRIVATE_KEY
      /root/.ssh/*                       | ws | /root/.ssh/*                               | INSIDE_SYSTEM_DIRECTORY SECRET_FILE PRIVATE_KEY SHELL_CONFIG
      ~/.gnupg/private-keys-v1.d/ABC.key | ws | /home/dev/.gnupg/private-keys-v1.d/ABC.key | INSIDE_HOME SECRET_FILE PRIVATE_KEY
      id_rsa                             | ws | /home/dev/project/id_rsa                   | WORKSPACE SECRET_FILE PRIVATE_KEY
      server.pem                         | ws | /home/dev/project/server.pem               | WORKSPACE SECRET_FILE PRIVATE_KEY
      tls.key                            | ws | /home/dev/project/tls.key                  | WORKSPACE SECRET_FILE PRIVATE_KEY
      keystore.p12                       | ws | /home/dev/project/keystore.p12             | WORKSPACE SECRET_FILE PRIVATE_KEY
      cert.pfx                           | ws | /home/dev/project/cert.pfx                 | WORKSPACE SECRET_FILE PRIVATE_KEY
      *.pem                              | ws | /home/dev/project/*.pem                    | WORKSPACE SECRET_FILE PRIVATE_KEY
      ~/.ssh/id_rsa.pub                  | ws | /home/dev/.ssh/id_rsa.pub                  | INSIDE_HOME
      ~/.ssh/id_ed25519.pub              | ws | /home/dev/.ssh/id_ed25519.pub              | INSIDE_HOME
      ~/.ssh/*.pub                       | ws | /home/dev/.ssh/*.pub                       | INSIDE_HOME
      ~/.ssh/known_hosts                 | ws | /home/dev/.ssh/known_hosts                 | INSIDE_HOME
      ~/.ssh/known_hosts.old             | ws | /home/dev/.ssh/known_hosts.old             | INSIDE_HOME
      ~/.gnupg/pubring.kbx               | ws | /home/dev/.gnupg/pubring.kbx               | INSIDE_HOME
      id_rsa.pub                         | ws | /home/dev/project/id_rsa.pub               | WORKSPACE
      id_ed25519.pub                     | ws | /home/dev/project/id_ed25519.pub           | WORKSPACE
      id_rsa_test.go                     | ws | /home/dev/project/id_rsa_test.go           | WORKSPACE
      public.key                         | ws | /home/dev/project/public.key               | WORKSPACE
      pubkey.pem                         | ws | /home/dev/project/pubkey.pem               | WORKSPACE
      cert.pem                           | ws | /home/dev/project/cert.pem                 | WORKSPACE
      fullchain.pem                      | ws | /home/dev/project/fullchain.pem            | WORKSPACE
      chain.pem                          | ws | /home/dev/project/chain.pem                | WORKSPACE
      ca.pem                             | ws | /home/dev/project/ca.pem                   | WORKSPACE
      ca-bundle.pem                      | ws | /home/dev/project/ca-bundle.pem            | WORKSPACE
      server.crt                         | ws | /home/dev/project/server.crt               | WORKSPACE
      server.csr                         | ws | /home/dev/project/server.csr               | WORKSPACE
      keys.ts                            | ws | /home/dev/project/keys.ts                  | WORKSPACE
      keys.txt                           | ws | /home/dev/project/keys.txt                 | WORKSPACE
      keyboard.ts                        | ws | /home/dev/project/keyboard.ts              | WORKSPACE
      # credential files, and names that only look like them
      ~/.aws/credentials                                    | ws | /home/dev/.aws/credentials                                    | INSIDE_HOME SECRET_FILE CREDENTIAL_FILE
      ~/.aws/config                                         | ws | /home/dev/.aws/config                                         | INSIDE_HOME SECRET_FILE CREDENTIAL_FILE
      ~/.aws/*                                              | ws | /home/dev/.aws/*                                              | INSIDE_HOME SECRET_FILE CREDENTIAL_FILE
      ~/.config/gcloud/application_default_credentials.json | ws | /home/dev/.config/gcloud/application_default_credentials.json | INSIDE_HOME SECRET_FILE CREDENTIAL_FILE
      ~/.azure/accessTokens.json                            | ws | /home/dev/.azure/accessTokens.json                            | INSIDE_HOME SECRET_FILE CREDENTIAL_FILE
      ~/.kube/config                                        | ws | /home/dev/.kube/config                                        | INSIDE_HOME SECRET_FILE CREDENTIAL_FILE
      ~/.docker/config.json                                 | ws | /home/dev/.docker/config.json                                 | INSIDE_HOME SECRET_FILE CREDENTIAL_FILE
      ~/.netrc                                              | ws | /home/dev/.netrc                                              | INSIDE_HOME SECRET_FILE CREDENTIAL_FILE
      ~/.npmrc                                              | ws | /home/dev/.npmrc                                              | INSIDE_HOME SECRET_FILE CREDENTIAL_FILE
      ~/.pypirc                                             | ws | /home/dev/.pypirc                                             | INSIDE_HOME SECRET_FILE CREDENTIAL_FILE
      ~/.git-credentials                                    | ws | /home/dev/.git-credentials                                    | INSIDE_HOME SECRET_FILE CREDENTIAL_FILE
      ~/.config/gh/hosts.yml                                | ws | /home/dev/.config/gh/hosts.yml                                | INSIDE_HOME SECRET_FILE CREDENTIAL_FILE
      ~/.password-store                                     | ws | /home/dev/.password-store                                     | INSIDE_HOME SECRET_FILE CREDENTIAL_FILE
      terraform.tfstate                                     | ws | /home/dev/project/terraform.tfstate                           | WORKSPACE SECRET_FILE CREDENTIAL_FILE
      infra/prod.tfstate                                    | ws | /home/dev/project/infra/prod.tfstate                          | WORKSPACE SECRET_FILE CREDENTIAL_FILE
      ~/.docker/contexts                                    | ws | /home/dev/.docker/contexts                                    | INSIDE_HOME
      ~/.config/gh/config.yml                               | ws | /home/dev/.config/gh/config.yml                               | INSIDE_HOME
      .npmrc                                                | ws | /home/dev/project/.npmrc                                      | WORKSPACE
      .pypirc                                               | ws | /home/dev/project/.pypirc                                     | WORKSPACE
      main.tf                                               | ws | /home/dev/project/main.tf                                     | WORKSPACE
      variables.tf                                          | ws | /home/dev/project/variables.tf                                | WORKSPACE
      .terraform.lock.hcl                                   | ws | /home/dev/project/.terraform.lock.hcl                         | WORKSPACE
      k8s/deployment.yaml                                   | ws | /home/dev/project/k8s/deployment.yaml                         | WORKSPACE
      credentials.md                                        | ws | /home/dev/project/credentials.md                              | WORKSPACE
      src/credentials.ts                                    | ws | /home/dev/project/src/credentials.ts                          | WORKSPACE
      secret.ts                                             | ws | /home/dev/project/secret.ts                                   | WORKSPACE
      secrets.md                                            | ws | /home/dev/project/secrets.md                                  | WORKSPACE
      config.example.json                                   | ws | /home/dev/project/config.example.json                         | WORKSPACE
      # shell configuration: rc files of a home, git hooks and config anywhere
      ~/.bashrc                    | ws | /home/dev/.bashrc                              | INSIDE_HOME SHELL_CONFIG
      ~/.zshrc                     | ws | /home/dev/.zshrc                               | INSIDE_HOME SHELL_CONFIG
      ~/.profile                   | ws | /home/dev/.profile                             | INSIDE_HOME SHELL_CONFIG
      ~/.bash_profile              | ws | /home/dev/.bash_profile                        | INSIDE_HOME SHELL_CONFIG
      ~/.config/fish/config.fish   | ws | /home/dev/.config/fish/config.fish             | INSIDE_HOME SHELL_CONFIG
      ~/.ssh/authorized_keys       | ws | /home/dev/.ssh/authorized_keys                 | INSIDE_HOME SHELL_CONFIG
      ~/.ssh/config                | ws | /home/dev/.ssh/config                          | INSIDE_HOME SHELL_CONFIG
      .git/hooks/pre-commit        | ws | /home/dev/project/.git/hooks/pre-commit        | WORKSPACE SHELL_CONFIG
      .git/hooks/*                 | ws | /home/dev/project/.git/hooks/*                 | WORKSPACE SHELL_CONFIG
      .git/config                  | ws | /home/dev/project/.git/config                  | WORKSPACE SHELL_CONFIG
      .git/hooks/pre-commit.sample | ws | /home/dev/project/.git/hooks/pre-commit.sample | WORKSPACE
      .bashrc                      | ws | /home/dev/project/.bashrc                      | WORKSPACE
      dotfiles/.zshrc              | ws | /home/dev/project/dotfiles/.zshrc              | WORKSPACE
      .gitconfig                   | ws | /home/dev/project/.gitconfig                   | WORKSPACE
      .husky/pre-commit            | ws | /home/dev/project/.husky/pre-commit            | WORKSPACE
      # unknown working directory ('-'): the location is UNKNOWN, names still tell
      x            | -  | -           | UNKNOWN
      ../../..     | -  | -           | UNKNOWN
      *            | -  | -           | UNKNOWN
      node_modules | -  | -           | UNKNOWN
      README.md    | -  | -           | UNKNOWN
      src/*        | -  | -           | UNKNOWN
      .env         | -  | -           | UNKNOWN SECRET_FILE DOTENV
      *.pem        | -  | -           | UNKNOWN SECRET_FILE PRIVATE_KEY
      ~+/a         | -  | -           | UNKNOWN
      ~-           | ws | -           | UNKNOWN
      ~-/.env      | ws | -           | UNKNOWN SECRET_FILE DOTENV
      ''           | ws | -           | UNKNOWN
      /etc/passwd  | -  | /etc/passwd | INSIDE_SYSTEM_DIRECTORY SYSTEM_CRITICAL_FILE
      ~            | -  | /home/dev   | HOME
      """;

  private static final PathResolver RESOLVER = new PathResolver(CONTEXT);
  private static final PathClassifier CLASSIFIER = new PathClassifier(CONTEXT);

  @ParameterizedTest(name = "{0} from {1}: {2} {3}")
  @MethodSource("rows")
  void resolvesAndClassifies(String input, String cwd, String absolute, String expected) {
    ResolvedPath path = RESOLVER.resolve(input, isGlob(input), cwdOf(cwd));
    PathClassification judgment = CLASSIFIER.classify(path);

    assertThat(path.absolute().orElse("-")).as("absolute").isEqualTo(absolute);
    assertThat(names(judgment)).as("classes and kinds").isEqualTo(expected);
  }

  @Test
  void hasAtLeastAsManyRowsThatAreNotDangerousAsRowsThatAre() {
    List<Boolean> dangerous = rows().map(row -> isDangerous((String) row.get()[3])).toList();
    long safe = dangerous.stream().filter(d -> !d).count();

    assertThat(dangerous).hasSizeGreaterThanOrEqualTo(100);
    assertThat(safe).isGreaterThanOrEqualTo(dangerous.size() - safe);
  }

  static Stream<Arguments> rows() {
    return TABLE
        .lines()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> line.split("\\|", -1))
        .map(
            cells ->
                Arguments.of(
                    unquote(cells[0].strip()),
                    cells[1].strip(),
                    cells[2].strip(),
                    cells[3].strip()));
  }

  private static String unquote(String input) {
    return input.equals("''") ? "" : input;
  }

  private static boolean isGlob(String input) {
    return input.chars().anyMatch(c -> c == '*' || c == '?' || c == '[');
  }

  private static Optional<String> cwdOf(String cell) {
    return switch (cell) {
      case "ws" -> Optional.of(CONTEXT.workspace());
      case "-" -> Optional.empty();
      default -> Optional.of(cell);
    };
  }

  private static String names(PathClassification judgment) {
    List<String> names = new ArrayList<>();
    judgment.classes().forEach(c -> names.add(c.name()));
    judgment.kinds().forEach(k -> names.add(k.name()));
    return String.join(" ", names);
  }

  private static boolean isDangerous(String expected) {
    for (String name : expected.split(" ")) {
      boolean isKind = Stream.of(FileKind.values()).anyMatch(k -> k.name().equals(name));
      if (isKind || DANGEROUS.contains(PathClass.valueOf(name))) {
        return true;
      }
    }
    return false;
  }
}
