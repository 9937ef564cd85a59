#!/usr/bin/env bash
# Re-records the parses that the stage tests read (detente-core/src/test/resources/parses/sentences.conllu):
# runs detente-core's unit tests with CoreNLP in place of the recordings and writes every text they used.
# Run it after changing the NLP stage (ParseFixturesIT fails when the recordings no longer match), or after
# adding a test text; review the diff of sentences.conllu like any other change.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B verify -pl detente-core -DskipITs -Dparses.record=all "$@"
echo "recorded: detente-core/src/test/resources/parses/sentences.conllu ($(grep -c '^# newdoc' detente-core/src/test/resources/parses/sentences.conllu) texts)"
