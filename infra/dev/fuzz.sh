#!/usr/bin/env bash
# make fuzz: coverage-guided fuzzing (Jazzer) of each terminal-codec target for FUZZ_SECONDS (300) each, one JVM
# per target (Jazzer fuzzes one target per JVM). FUZZ_TARGETS picks some ("Class#method ..."). What the fuzzer
# finds new goes to backend/.cifuzz-corpus/<Class>/<method>; a crash is written beside the saved corpus in
# backend/src/test/resources/.../<Class>Inputs/<method>/ (so `make test` replays it) and fails the run.
set -uo pipefail
cd "$(dirname "$0")/../../backend"
SECONDS_EACH=${FUZZ_SECONDS:-300}
TARGETS=${FUZZ_TARGETS:-"FrameDecoderFuzzTests#cutsTheStreamIntoFramesOrCloses
RequestPipelineFuzzTests#everyBodyGetsAReplyOrAClose
IsoCodecFuzzTests#decodesOrRefusesWithAFormatError
PurchaseFieldsFuzzTests#requestFieldsParseOrAreRefused
PurchaseFieldsFuzzTests#modeEntryFieldParsesOrIsAFormatError
OfflineFieldsFuzzTests#batchRecordsReadWholeOrAreRefused
OfflineFieldsFuzzTests#offlineFileReadsOrIsUnreadable
OfflineFieldsFuzzTests#listQueryReadsOrIsRefused"}
mkdir -p target
summary=target/fuzz-summary.txt
: > "$summary"
failed=0
for target in $TARGETS; do
  class=${target%%#*}
  method=${target#*#}
  log=target/fuzz-$class-$method.log
  echo "== fuzzing $target for ${SECONDS_EACH}s (log: backend/$log)"
  # -timeout: one input running 10 s counts as a hang (an infinite loop is a finding);
  # the heap is bounded so an input that allocates without limit is an OutOfMemoryError finding.
  JAZZER_FUZZ=1 mvn -B -ntp -q -o test -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false \
      -Dtest.redirect-output=false -DtrimStackTrace=false -DargLine="-Xmx1g -XX:-OmitStackTraceInFastThrow" \
      -Djazzer.custom_hook_excludes=org.junit.** \
      -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time="$SECONDS_EACH" \
      -Djazzer.internal.arg.2=-timeout=10 -Djazzer.internal.arg.3=-print_final_stats=1 > "$log" 2>&1
  status=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
  done_line=$(grep -E '^#[0-9]+[[:space:]]+(DONE|INITED)' "$log" | tail -1)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$done_line")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$done_line")
  corpus=$(ls .cifuzz-corpus/org.onecard.terminal.*."$class/$method" 2>/dev/null | wc -l)
  findings=$(grep -c '== Java Exception:\|ERROR: libFuzzer: timeout\|OutOfMemoryError' "$log")
  line=$(printf '%-62s executions %9s  coverage %5s (features %5s)  corpus %5s  findings %s  exit %s' \
      "$target" "${runs:-?}" "${cov:-?}" "${ft:-?}" "$corpus" "$findings" "$status")
  echo "$line" | tee -a "$summary"
  [ "$status" -eq 0 ] || failed=1
done
echo "== summary (backend/$summary)"
cat "$summary"
exit $failed
