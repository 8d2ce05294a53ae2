#!/usr/bin/env bash
# Measures resident memory (README, "Memory") of a steady console chat and of the Discord bot, both run through
# bin/postwise (the launcher's memory settings) on the shipped knowledge base:
#  - console: 200 questions from the repository's question sets fed to 'chat' on stdin, then 20 s idle; peak from
#    /usr/bin/time -v, steady from /proc/<pid>/status at the end of the idle period;
#  - bot: the same questions by /ask through a fake Discord on loopback (BotMemoryProbe, from the test classes).
# Needs target/postwise.jar and target/test-classes (mvn -B package), and /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data=${POSTWISE_DATA_DIR:-$work/data}
mkdir -p "$data"

python3 - "$work/questions.txt" <<'PY'
import json, sys
questions = []
for name in ("dev.jsonl", "calibration.jsonl", "dev-typos.jsonl"):
    with open("src/test/resources/eval/" + name, encoding="utf-8") as f:
        questions += [json.loads(line)["question"] for line in f if line.strip()]
out = [questions[i % len(questions)] + ("" if i < len(questions) else " (again %d)" % (i // len(questions)))
       for i in range(200)]
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(out) + "\n")
PY

# a first start embeds every passage; measure the steady case, as after any later start
bin/postwise reload --data "$data" >/dev/null

( (cat "$work/questions.txt"; sleep 20; echo /quit) \
    | /usr/bin/time -v bin/postwise chat --data "$data" >"$work/chat.out" 2>"$work/chat.time" ) &
sleep 2
pid=$(pgrep -f "^[^ ]*java .*postwise.jar chat --data $data" | head -n 1)
last=""
while kill -0 "$pid" 2>/dev/null; do
  last=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
  sleep 1
done
wait
echo "console: $(grep -c 'What the material says' "$work/chat.out") of 200 answered from the material; steady RSS" \
  "$last kB; peak $(awk -F': ' '/Maximum resident/ {print $2}' "$work/chat.time") kB"

cp=$(mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
java -cp "target/test-classes:target/classes:$cp" org.postwise.chat.discord.BotMemoryProbe \
  "$work/questions.txt" "$data" bin/postwise
