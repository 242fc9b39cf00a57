#!/usr/bin/env bash
# Regenerates the shell completions and the man page from swift-argument-parser.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release
mkdir -p docs/completions docs/man
for shell in bash zsh fish; do
    .build/release/runde --generate-completion-script "$shell" > "docs/completions/runde.$shell"
done
swift package --allow-writing-to-package-directory generate-manual --output-directory docs/man
echo "completions in docs/completions, man page in docs/man/runde.1 (man ./docs/man/runde.1)"
