#!/usr/bin/env bash
# Regenerates docs/: the shell completions and the man pages (English, and Norwegian in
# docs/man/nb), made from a build of runde so they match its commands (hidden ones left out)
# and its keys. Needs jq for the man pages.
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
mkdir -p docs/man/nb
Scripts/manpage --lang nb "$bin" > docs/man/nb/runde.1
echo "completions in docs/completions, man pages in docs/man/runde.1 and docs/man/nb/runde.1 (man ./docs/man/nb/runde.1)"
