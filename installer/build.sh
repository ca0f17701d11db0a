#!/usr/bin/env bash
# Builds the self-contained KMS Tray application for this operating system into target/installer/:
#   1. the shaded jar (mvn package), unless it is already newer than the sources;
#   2. a jlink'd runtime with only the modules in installer/jlink-modules.txt (checked against jdeps),
#      jdk.localedata limited to en and zh-TW, without debug data, headers and man pages;
#   3. jpackage: the app image "KMS Tray" with the launchers "KMS Tray" (tray) and "kmstray" (command line),
#      the JVM options of installer/jvm-options.txt, the version from pom.xml;
#   4. a class data sharing archive of the app's classes (lib/app/kms-tray.jsa), from one training start of
#      the app in demo mode; only the tray launcher uses it (it starts at every login);
#   5. on Linux a .deb when dpkg-deb and fakeroot are there (skipped with a message otherwise).
# Launcher icons: installer/linux/<launcher>.png and installer/windows/<launcher>.ico, rendered from
# icons/app.svg (256 px PNG; the .ico holds PNG images of 16 to 256 px).
# Windows installers (MSI) are built on Windows by installer/windows/build.ps1 with the same module list
# and options.
#
# Usage: installer/build.sh [--skip-jar] [--no-deb] [--if-possible]
#   --skip-jar     use target/kms-tray.jar as it is (Maven's verify phase calls the script this way)
#   --no-deb       build the app image only
#   --if-possible  when the JDK has no jlink/jpackage, say so and stop without failing (Maven uses this;
#                  the app image test then fails only where KMSTRAY_REQUIRE_APP_IMAGE=1, as in CI)
# Needs a JDK 17+ with jlink and jpackage (JAVA_HOME, else the java on PATH).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

skip_jar=0
want_deb=1
if_possible=0
for arg in "$@"; do
  case "$arg" in
    --skip-jar) skip_jar=1 ;;
    --no-deb) want_deb=0 ;;
    --if-possible) if_possible=1 ;;
    -h|--help) awk 'NR == 1 { next } /^#/ { sub(/^# ?/, ""); print; next } { exit }' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done

fail() { echo "build.sh: $*" >&2; exit 1; }
# A missing tool, not a broken build: with --if-possible the caller carries on without an image.
cannot() {
  if [[ $if_possible -eq 1 ]]; then
    echo "build.sh: no app image built: $*" >&2
    exit 0
  fi
  fail "$*"
}

if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/jpackage" ]]; then
  jdk="$JAVA_HOME"
else
  java_bin="$(command -v java || true)"
  [[ -n "$java_bin" ]] || cannot "no JDK found: set JAVA_HOME to a JDK 17 or later"
  jdk="$(dirname "$(dirname "$(readlink -f "$java_bin")")")"
fi
for tool in jlink jpackage jdeps; do
  [[ -x "$jdk/bin/$tool" ]] || cannot "$jdk has no $tool: a full JDK 17 or later is needed (not a JRE)"
done

# jpackage wants a plain dotted version: 1.0.0-SNAPSHOT becomes 1.0.0.
pom_version="$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -1)"
[[ -n "$pom_version" ]] || fail "no project version found in pom.xml"
app_version="${pom_version%%-*}"

jar="target/kms-tray.jar"
if [[ $skip_jar -eq 0 ]]; then
  if [[ ! -f "$jar" || -n "$(find pom.xml src/main i18n icons -newer "$jar" -print -quit 2>/dev/null)" ]]; then
    echo "== building $jar"
    mvn -B -q package -DskipTests
  fi
fi
[[ -f "$jar" ]] || fail "$jar is missing: run 'mvn -B package -DskipTests' first"

read_list() { sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e 's/^[[:space:]]*//' "$1" | grep -v '^$' || true; }
modules="$(read_list installer/jlink-modules.txt | paste -sd, -)"
[[ -n "$modules" ]] || fail "installer/jlink-modules.txt lists no modules"
mapfile -t jvm_options < <(read_list installer/jvm-options.txt)

echo "== checking the module list against jdeps"
needed="$("$jdk/bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps "$jar")"
missing=""
for m in ${needed//,/ }; do
  [[ ",$modules," == *",$m,"* ]] || missing="$missing $m"
done
[[ -z "$missing" ]] || fail "jdeps finds modules missing from installer/jlink-modules.txt:$missing"

out="target/installer"
rm -rf "$out"
mkdir -p "$out/input"
cp "$jar" "$out/input/"

echo "== jlink: $modules"
# --generate-cds-archive: the runtime's own class data sharing archive, as a full JDK has (a faster start,
# and the base the app's archive below builds on). It runs the image's java, so the native commands are
# removed afterwards instead of by --strip-native-commands.
"$jdk/bin/jlink" --add-modules "$modules" --include-locales=en,zh-TW --generate-cds-archive \
  --strip-debug --no-header-files --no-man-pages \
  --output "$out/runtime"
rm -rf "$out/runtime/bin"

options=()
for o in "${jvm_options[@]}"; do options+=(--java-options "$o"); done
# The tray launcher also maps the app's class archive (made below). A missing, stale or foreign archive
# (another JDK build, a changed jar) is skipped by the JVM; -Xlog:cds*=off keeps its warning from users.
archive_options=(-XX:SharedArchiveFile=\$APPDIR/kms-tray.jsa "-Xlog:cds*=off")
for o in "${archive_options[@]}"; do options+=(--java-options "$o"); done
# The command-line launcher keeps the plain options: a console command starts once, and its classes differ.
cp installer/kmstray-launcher.properties "$out/kmstray.properties"
echo "java-options=${jvm_options[*]}" >>"$out/kmstray.properties"

echo "== jpackage: app image 'KMS Tray' $app_version"
"$jdk/bin/jpackage" --type app-image --dest "$out" \
  --name "KMS Tray" --app-version "$app_version" --vendor "KMS Tray" --description "KMS Tray" \
  --input "$out/input" --main-jar kms-tray.jar --main-class org.kmstray.Main \
  --runtime-image "$out/runtime" "${options[@]}" --resource-dir installer/linux \
  --add-launcher kmstray="$out/kmstray.properties"

image="$out/KMS Tray"
[[ -d "$image" ]] || image="$(find "$out" -maxdepth 1 -name '*.app' -print -quit)"
echo "== app image: $image"
echo "   runtime $(du -sh "$out/runtime" | cut -f1), whole image $(du -sh "$image" | cut -f1) ($(du -sk "$image" | cut -f1) KiB)"

# One training start of the app for its class archive: the command-line launcher (plain options) starts the
# tray app in demo mode, with throw-away preferences and state; JAVA_TOOL_OPTIONS adds the archiving option.
# With a tray host on $DISPLAY it runs past its first check and is stopped; without one it stops by itself
# (no tray); either way the JVM writes the archive as it exits. A build never waits more than about a minute.
echo "== class archive: one training start of the app"
jsa="$image/lib/app/kms-tray.jsa"
train="$(mktemp -d)"
# Written outside the image first: JAVA_TOOL_OPTIONS splits at spaces, and the image's name has one.
XDG_STATE_HOME="$train/state" JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$train/kms-tray.jsa -Djava.util.prefs.userRoot=$train/prefs -Dkmstray.startupMarker=true" \
  "$image/bin/kmstray" --demo --demo-days 60 >"$train/out" 2>&1 &
train_pid=$!
for _ in $(seq 1 300); do
  kill -0 "$train_pid" 2>/dev/null || break
  grep -q 'kmstray: tray icon added' "$train/out" && { sleep 8; kill -TERM "$train_pid" 2>/dev/null || true; break; }
  sleep 0.1
done
for _ in $(seq 1 300); do kill -0 "$train_pid" 2>/dev/null || break; sleep 0.1; done
kill -KILL "$train_pid" 2>/dev/null || true
wait "$train_pid" 2>/dev/null || true
[[ -s "$train/kms-tray.jsa" ]] && mv "$train/kms-tray.jsa" "$jsa"
if [[ -s "$jsa" ]]; then
  echo "   $(du -h "$jsa" | cut -f1) $jsa"
else
  # The app runs without it, only starts slower.
  echo "build.sh: warning: no class archive was written; the training start said:" >&2
  cat "$train/out" >&2
fi
rm -rf "$train"

if [[ "$(uname -s)" == Linux && $want_deb -eq 1 ]]; then
  if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
    echo "== jpackage: .deb"
    # gzip instead of the default xz: a few MB larger, built in seconds instead of a minute.
    DPKG_DEB_COMPRESSOR_TYPE="${DPKG_DEB_COMPRESSOR_TYPE:-gzip}" \
    "$jdk/bin/jpackage" --type deb --dest "$out" --app-image "$image" --resource-dir installer/linux \
      --name "KMS Tray" --app-version "$app_version" --vendor "KMS Tray" --description "KMS Tray" \
      --linux-package-name kms-tray --linux-app-category utils --linux-menu-group Utility --linux-shortcut
    ls -l "$out"/*.deb
  else
    echo "== .deb skipped: it needs dpkg-deb and fakeroot (apt-get install fakeroot); the app image is built"
  fi
fi
rm -rf "$out/input"
