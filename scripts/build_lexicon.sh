#!/usr/bin/env bash
# Rebuilds detente-core/src/main/resources/detente/dict/events/lexicon-expansions.tsv from WordNet 3.1 (extjwnl,
# a test-scope dependency of detente-core: the coder reads only the file). Options go to LexiconExpansionBuilder:
#   scripts/build_lexicon.sh                          the shipped file (its options are in its header)
#   scripts/build_lexicon.sh --senses 2 --hyponyms --out /tmp/x.tsv   a variant, to measure
# Deterministic: the same patterns and options give the same bytes.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mvn -B -o -q install -DskipTests -pl detente-core -am >&2
cp="$(mktemp)"
trap 'rm -f "$cp"' EXIT
mvn -B -o -q -pl detente-core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp" >&2
java -cp "detente-core/target/classes:detente-core/target/test-classes:$(cat "$cp")" \
  detente.event.LexiconExpansionBuilder --senses 1 --event-verbs --word-senses 1 --max-senses 12 --max-senses-bare 2 "$@"
