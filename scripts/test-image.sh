#!/usr/bin/env bash
# Builds the container image and answers a question inside its file system, without running a container (which
# needs cgroups that CI sandboxes often lack):
#   1. a base image with a Java 17 runtime, made with mmdebstrap (Debian bookworm, minbase, openjdk-17-jre-headless)
#      and 'podman import' (cached as localhost/postwise-test-base:bookworm; POSTWISE_TEST_BASE names another);
#   2. 'podman build' of the Containerfile on that base, from target/postwise.jar (build it first);
#   3. the image's file system copied out ('podman image mount', 'cp -a'), /proc mounted in it, and the image's
#      entrypoint run under chroot as the image's user with the image's environment: 'ask' must answer a question
#      from the material, with a citation, and a second run must reuse what the first stored in /data.
# Needs root, podman and (for the base) mmdebstrap. Prints how long each step took. Exit 0 when the image answers.
set -euo pipefail
cd "$(dirname "$0")/.."
base=${POSTWISE_TEST_BASE:-localhost/postwise-test-base:bookworm}
image=localhost/postwise:image-test-$$
question="Can I accept a friend request from a patient?"

for tool in podman chroot; do
  command -v "$tool" >/dev/null || { echo "test-image: $tool is not installed" >&2; exit 2; }
done
[ "$(id -u)" = 0 ] || { echo "test-image: run as root (podman image mount and chroot need it)" >&2; exit 2; }
[ -f target/postwise.jar ] || { echo "test-image: no target/postwise.jar (mvn -B -Plinux package -DskipTests)" >&2; exit 2; }

work=$(mktemp -d)
root="$work/root"
mounted=""
cleanup() {
  if mountpoint -q "$root/proc" 2>/dev/null; then umount "$root/proc" || true; fi
  if [ -n "$mounted" ]; then podman image unmount "$image" >/dev/null 2>&1 || true; fi
  podman rmi -f "$image" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
step() { printf 'test-image: %-58s %s s\n' "$1" "$(( $(date +%s) - $2 ))"; }

t=$(date +%s)
if ! podman image exists "$base"; then
  command -v mmdebstrap >/dev/null || { echo "test-image: mmdebstrap is not installed" >&2; exit 2; }
  mmdebstrap --quiet --variant=minbase --include=openjdk-17-jre-headless bookworm "$work/base.tar"
  podman import --quiet "$work/base.tar" "$base" >/dev/null
  rm -f "$work/base.tar"
  step "base image $base made (mmdebstrap, podman import)" "$t"
else
  step "base image $base cached" "$t"
fi

t=$(date +%s)
podman build --quiet --build-arg "BASE_IMAGE=$base" -t "$image" -f Containerfile . >/dev/null
step "image built (podman build)" "$t"

t=$(date +%s)
user=$(podman image inspect --format '{{.Config.User}}' "$image")
mapfile -t entrypoint < <(podman image inspect --format '{{range .Config.Entrypoint}}{{println .}}{{end}}' "$image" \
  | sed '/^$/d')
mapfile -t environment < <(podman image inspect --format '{{range .Config.Env}}{{println .}}{{end}}' "$image" \
  | sed '/^$/d')
workdir=$(podman image inspect --format '{{.Config.WorkingDir}}' "$image")
[ -n "$user" ] && [ "${user%%:*}" != 0 ] && [ "${user%%:*}" != root ] \
  || { echo "test-image: the image runs as root ('$user')" >&2; exit 1; }
mnt=$(podman image mount "$image")
mounted=yes
mkdir -p "$root"
cp -a "$mnt/." "$root/"
podman image unmount "$image" >/dev/null
mounted=""
mount -t proc proc "$root/proc"
step "file system copied out, /proc mounted" "$t"

ask() {
  chroot --userspec="$user" "$root" /usr/bin/env -i "${environment[@]}" \
    /bin/sh -c 'cd "$1" && shift && exec "$@"' sh "$workdir" "${entrypoint[@]}" ask "$question"
}
t=$(date +%s)
answer=$(ask)
step "first answer (embeds every passage into /data)" "$t"
t=$(date +%s)
again=$(ask)
step "second answer (reuses the stored embeddings)" "$t"

for text in "$answer" "$again"; do
  if ! grep -q "What the material says" <<<"$text" || ! grep -q '\[1\]' <<<"$text"; then
    echo "test-image: the image did not answer from the material:" >&2
    echo "$text" >&2
    exit 1
  fi
done
owner=$(stat -c %u "$root/data/embeddings")
[ "$owner" = "${user%%:*}" ] || { echo "test-image: /data/embeddings is owned by $owner, not $user" >&2; exit 1; }
echo "test-image: ok: the image answers as user $user:"
head -n 4 <<<"$answer"
