#!/usr/bin/env bash
# Differential run: StepFlow's rule engine (stepflow validate) against asl-validator 4.0.0 (../shared/tools/aslcheck)
# on the real-world corpus and on the mutation test's invalid definitions. Regenerates docs/validation-differential.md.
# Usage: tests/StepFlow.Validation.Tests/Differential/run-differential.sh   (needs node/npm and network access to npm)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../../.." && pwd)"
shared="$(cd "$repo/../shared" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cp -r "$shared/tools/aslcheck" "$work/aslcheck"
(cd "$work/aslcheck" && npm ci --silent --no-audit --no-fund >/dev/null)

STEPFLOW_MUTATIONS_DIR="$work/mutations" dotnet test "$repo/tests/StepFlow.Validation.Tests/StepFlow.Validation.Tests.csproj" \
  --filter "FullyQualifiedName~MutationTests" >/dev/null
dotnet build "$repo/src/StepFlow.Cli/StepFlow.Cli.csproj" -v q >/dev/null
stepflow() { dotnet "$repo/src/StepFlow.Cli/bin/Debug/net10.0/stepflow.dll" "$@"; }

corpus=("$shared"/corpus/realworld/asl/*.json)
# asl-validator spends about 0.3 s of CPU per file (it compiles its schemas on every call), so the differential
# takes every fifth mutation: still every operator on many files.
mutations=()
i=0
for f in "$work"/mutations/*.json; do
  if (( i++ % 5 == 0 )); then mutations+=("$f"); fi
done
stepflow validate --format json "${corpus[@]}" > "$work/ours-corpus.json" || true
stepflow validate --format json "${mutations[@]}" > "$work/ours-mutations.json" || true
# asl-validator only (validate.js also runs the ASL language service, about a second per file), from the copy's
# node_modules; it reports a crash per file and goes on.
printf '%s\0' "${corpus[@]}" "${mutations[@]}" \
  | NODE_PATH="$work/aslcheck/node_modules" xargs -0 -n 200 node "$repo/tests/StepFlow.Validation.Tests/Differential/asl-validator-only.js" > "$work/theirs.jsonl" || true

node "$repo/tests/StepFlow.Validation.Tests/Differential/compare.js" "$shared/corpus/realworld/index.tsv" "$work/ours-corpus.json" "$work/ours-mutations.json" "$work/theirs.jsonl" \
  > "$repo/docs/validation-differential.md"
echo "wrote docs/validation-differential.md"
