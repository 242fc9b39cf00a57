#!/usr/bin/env bash
# Regenerates docs/: the shell completions and the man page, made from a build of runde so they
# match its commands (hidden ones left out) and its meeting keys. Needs jq for the man page.
# Scripts/package makes the same files from the release binary it packages.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product runde
bin=$(swift build --show-bin-path)/runde
mkdir -p docs/completions docs/man
for shell in bash zsh fish; do
    # bash completions are sourced, not run: no #! line (as in the packages).
    "$bin" --generate-completion-script "$shell" | sed "1{/^#!/d}" > "docs/completions/runde.$shell"
done
Scripts/manpage "$bin" > docs/man/runde.1
echo "completions in docs/completions, man page in docs/man/runde.1 (man ./docs/man/runde.1)"
