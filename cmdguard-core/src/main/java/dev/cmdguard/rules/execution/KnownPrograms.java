package dev.cmdguard.rules.execution;

import dev.cmdguard.unwrap.windows.Names;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Programs cmdguard knows: shell builtins, the POSIX and GNU tool sets, and the everyday tools of
 * development (build tools, package managers, language runtimes, VCS, containers, cloud CLIs) —
 * either a rule family judges them or they are ordinary development work (SPEC section 3, {@code
 * medium}), and the cmdlets and tools of Windows ({@link Names#known}). Anything else is {@code
 * UNKNOWN_COMMAND}. Interim list of the execution family, until {@code ReadOnlyCommands.knows}
 * exists (then both are asked).
 */
final class KnownPrograms {
  private static final Set<String> NAMES =
      words(
          """
          . : [ [[ alias bg bind break builtin caller cd command compgen complete compopt continue
          coproc declare dirs disown echo enable eval exec exit export false fc fg getopts hash
          help history jobs kill let local logout mapfile popd printf pushd pwd read readarray
          readonly return select set shift shopt source suspend test time times trap true type
          typeset ulimit umask unalias unset wait

          arch b2sum base32 base64 basename basenc cat chcon chgrp chmod chown chroot cksum comm cp
          csplit cut date dd df dir dircolors dirname du env expand expr factor fmt fold groups
          head hostid id install join link ln logname ls md5sum mkdir mkfifo mknod mktemp mv nice
          nl nohup nproc numfmt od paste pathchk pinky pr printenv ptx readlink realpath rm rmdir
          runcon seq sha1sum sha224sum sha256sum sha384sum sha512sum shred shuf sleep sort split
          stat stdbuf stty sum sync tac tail tee timeout touch tr truncate tsort tty uname
          unexpand uniq unlink users vdir wc who whoami yes

          find xargs locate updatedb diff diff3 sdiff cmp patch grep egrep fgrep sed awk gawk mawk
          nawk less more most file strings iconv dos2unix unix2dos column rev fold look tree rg ag
          ack fd fdfind fzf bat batcat exa eza jq yq xq xmllint xmlstarlet tidy csvtool miller mlr
          hexdump xxd bc dc cal ncal watch parallel pv flock lockfile script tput clear reset
          setsid nohup ionice taskset chrt renice lsof fuser ps pgrep pkill killall pidof top htop
          btop atop iotop vmstat iostat mpstat sar free uptime w last lastlog who finger dmesg
          journalctl systemctl service loginctl timedatectl hostnamectl localectl hostname
          domainname uname lscpu lsblk lsusb lspci lshw lsmod modprobe insmod rmmod sysctl mount
          umount findmnt blkid fdisk sfdisk parted mkfs mkswap swapon swapoff fsck e2fsck tune2fs
          resize2fs losetup cryptsetup wipefs blkdiscard sgdisk gdisk lvm pvs vgs lvs shutdown
          reboot poweroff halt init telinit crontab at atq atrm batch logger sudo sudoedit su doas
          pkexec runuser run0 visudo useradd userdel usermod groupadd groupdel groupmod passwd chpasswd
          chage getent newgrp sg setfacl getfacl chattr lsattr umask iptables ip6tables nft ufw
          firewall-cmd setenforce getenforce sestatus aa-status

          tar gzip gunzip zcat bzip2 bunzip2 bzcat xz unxz xzcat lzma zstd unzstd zstdcat lz4 zip
          unzip 7z 7za 7zr rar unrar cpio ar pax

          curl wget aria2c http https xh ssh scp sftp rsync ftp telnet nc ncat netcat socat ping
          ping6 traceroute tracepath mtr dig nslookup host whois ip ifconfig route netstat ss arp
          ethtool iw iwconfig nmcli tcpdump nmap openssl ssh-keygen ssh-add ssh-agent ssh-copy-id
          ssh-keyscan gpg gpg2 certbot

          git hg svn gh glab git-lfs tig repo pre-commit shellcheck shfmt hadolint actionlint

          make gmake cmake ctest cpack ninja meson bazel bazelisk buck buck2 scons autoconf
          automake autoreconf libtool pkg-config gcc g++ cc c++ clang clang++ ld lld gold as nm
          objdump objcopy readelf strip ldd gdb lldb valgrind strace ltrace perf rustc rustup
          cargo rustfmt clippy-driver go gofmt golangci-lint dlv tinygo javac java jar jshell
          jlink jpackage javadoc mvn mvnw gradle gradlew ant sbt lein clj clojure kotlin kotlinc
          scala scalac swift swiftc xcodebuild xcrun xcode-select pod carthage dotnet nuget msbuild
          zig nasm yasm ccache sccache

          python python2 python3 pypy pypy3 pip pip2 pip3 pipx poetry pipenv uv uvx conda mamba
          micromamba virtualenv venv pyenv tox nox pytest py.test black ruff flake8 pylint mypy
          pyright isort bandit coverage ipython jupyter django-admin flask gunicorn uvicorn celery
          alembic sphinx-build mkdocs twine hatch pdm

          node nodejs npm npx yarn yarnpkg pnpm pnpx bun bunx deno corepack nvm fnm volta tsc
          ts-node tsx jest mocha vitest ava karma playwright cypress eslint prettier biome webpack
          vite rollup esbuild swc babel parcel turbo nx lerna next nuxt ng vue-cli-service
          react-scripts expo storybook

          ruby irb gem bundle bundler rake rails rspec rubocop perl cpan cpanm prove php composer
          phpunit artisan lua luajit luarocks R Rscript julia ghc ghci stack cabal ocaml opam dune
          elixir mix iex erl erlc rebar3 gleam dart flutter crystal nim racket guile sbcl

          docker docker-compose podman podman-compose buildah skopeo nerdctl crictl ctr kubectl
          kubectx kubens helm helmfile kustomize kind k3d k3s minikube k9s skaffold tilt stern
          istioctl linkerd argocd flux oc eksctl terraform tofu terragrunt pulumi packer vagrant
          ansible ansible-playbook ansible-galaxy ansible-vault aws gcloud gsutil bq az doctl
          heroku vercel netlify fly flyctl firebase wrangler serverless sls sam cdk cdktf
          localstack vault consul nomad

          psql pg_dump pg_dumpall pg_restore pg_ctl createdb dropdb createuser mysql mysqldump
          mysqladmin mariadb sqlite3 mongo mongosh mongodump mongorestore redis-cli
          redis-server cqlsh influx clickhouse-client duckdb

          vi vim nvim view nano pico emacs emacsclient code codium subl ed ex micro joe mcedit open
          xdg-open pbcopy pbpaste xclip xsel notify-send say

          apt apt-get apt-cache aptitude dpkg dpkg-query snap flatpak yum dnf rpm zypper pacman yay
          apk brew port nix nix-env nix-shell guix emerge pkg softwareupdate mas

          tmux screen zellij direnv asdf mise starship zoxide chezmoi stow entr watchman
          inotifywait fswatch ffmpeg ffprobe convert magick identify mogrify gs pandoc latexmk
          pdflatex xelatex lualatex bibtex biber tex sox cmdguard
          """);

  /** A version or platform suffix: {@code python3.12}, {@code gcc-13}, {@code git.exe}. */
  private static final Pattern SUFFIX = Pattern.compile("(?:[-.]?[0-9][0-9.]*)?(?:\\.exe)?$");

  private KnownPrograms() {}

  /** The blank-separated words of the table, split without the regex engine (see Locations). */
  private static Set<String> words(String text) {
    return Arrays.stream(text.replace('\n', ' ').split(" "))
        .filter(w -> !w.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  /** True when cmdguard knows {@code program} (a resolved base name). */
  static boolean contains(String program) {
    if (NAMES.contains(program) || Tools.runsCode(program) || Names.known(program)) {
      return true;
    }
    String stripped = SUFFIX.matcher(program).replaceFirst("");
    return !stripped.isEmpty() && !stripped.equals(program) && NAMES.contains(stripped);
  }
}
