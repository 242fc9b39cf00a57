#!/usr/bin/env bash
# Installs runde for one user (default ~/.local) or under any prefix, without root and without
# Swift, from an unpacked release tarball (this script sits at its top), from a tarball given
# by path, or from a build in a source folder (Scripts/install.sh there).
#
#   ./install.sh [--prefix DIR] [runde-VERSION-linux-ARCH.tar.gz]
#   ./install.sh [--prefix DIR] --uninstall
#
# Puts bin/runde, the man pages (English, and Norwegian in man/nb), the completions, the themes,
# README, the Norwegian user's guide (share/doc/runde/veiledning.md) and the licences under the
# prefix, and lists what it wrote in <prefix>/share/doc/runde/installed-files for --uninstall.
# Your groups and logs (~/.local/share/runde/groups) are never touched, not even by --uninstall.
set -euo pipefail

prefix=$HOME/.local
uninstall=0
tarball=
while (($#)); do
    case $1 in
        --prefix) prefix=${2:?--prefix needs a folder}; shift 2 ;;
        --prefix=*) prefix=${1#--prefix=}; shift ;;
        --uninstall) uninstall=1; shift ;;
        -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "install.sh: unknown option: $1 (see --help)" >&2; exit 64 ;;
        *) tarball=$1; shift ;;
    esac
done
mkdir -p "$prefix"
prefix=$(cd "$prefix" && pwd)
manifest=$prefix/share/doc/runde/installed-files

if ((uninstall)); then
    if [[ -f $manifest ]]; then
        mapfile -t paths < "$manifest"
    else
        paths=(bin/runde share/man/man1/runde.1.gz share/man/nb/man1/runde.1.gz
               share/bash-completion/completions/runde
               share/zsh/site-functions/_runde share/fish/vendor_completions.d/runde.fish
               share/doc/runde/README.md share/doc/runde/veiledning.md
               share/doc/runde/LICENSE share/doc/runde/copyright)
    fi
    for p in "${paths[@]}"; do
        [[ -n $p && $p != /* && $p != *..* ]] || continue
        rm -f -- "$prefix/$p"
    done
    rm -f -- "$manifest"
    # Then the folders that are left empty, up to (not including) the prefix.
    for p in "${paths[@]}" share/doc/runde/installed-files; do
        dir=$(dirname "$prefix/$p")
        while [[ $dir == "$prefix"/* ]] && rmdir -- "$dir" 2>/dev/null; do dir=$(dirname "$dir"); done
    done
    echo "runde is uninstalled from $prefix (your groups and logs are still there)."
    exit 0
fi

here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/runde-install.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Where the files come from: a tree laid out like the prefix (bin/, share/…).
if [[ -n $tarball ]]; then
    tar -xzf "$tarball" -C "$work"
    src=$(find "$work" -mindepth 2 -maxdepth 3 -path '*/bin/runde' -printf '%h\n' | head -1)
    [[ -n $src ]] || { echo "install.sh: $tarball holds no bin/runde" >&2; exit 1; }
    src=$(dirname "$src")
elif [[ -x $here/bin/runde ]]; then
    src=$here
elif [[ -f $here/../Package.swift ]]; then
    # A source folder: the newest build there, with completions and the man page made from it.
    repo=$(cd "$here/.." && pwd)
    bin=$(ls -t "$repo"/.build-release/release/runde "$repo"/.build/release/runde \
          "$repo"/.build/debug/runde 2>/dev/null | head -1 || true)
    [[ -n $bin ]] || { echo "install.sh: no build found; run Scripts/package or swift build first" >&2; exit 1; }
    src=$work/tree
    install -D -m 0755 "$bin" "$src/bin/runde"
    mkdir -p "$src/share/bash-completion/completions" "$src/share/zsh/site-functions" \
             "$src/share/fish/vendor_completions.d" "$src/share/man/man1" "$src/share/man/nb/man1" \
             "$src/share/runde/themes" "$src/share/doc/runde"
    "$bin" --generate-completion-script bash > "$src/share/bash-completion/completions/runde"
    "$bin" --generate-completion-script zsh > "$src/share/zsh/site-functions/_runde"
    "$bin" --generate-completion-script fish > "$src/share/fish/vendor_completions.d/runde.fish"
    if command -v jq >/dev/null; then
        "$repo/Scripts/manpage" "$bin" | gzip -9n > "$src/share/man/man1/runde.1.gz"
        "$repo/Scripts/manpage" --lang nb "$bin" | gzip -9n > "$src/share/man/nb/man1/runde.1.gz"
    else
        gzip -9n < "$repo/docs/man/runde.1" > "$src/share/man/man1/runde.1.gz"
        gzip -9n < "$repo/docs/man/nb/runde.1" > "$src/share/man/nb/man1/runde.1.gz"
    fi
    cp "$repo"/Themes/*.toml "$src/share/runde/themes/"
    cp "$repo/README.md" "$src/share/doc/runde/README.md"
    cp "$repo/docs/veiledning.md" "$src/share/doc/runde/veiledning.md"
    cp "$repo/LICENSE" "$src/share/doc/runde/LICENSE"
    cp "$repo/Scripts/debian-copyright" "$src/share/doc/runde/copyright"
    echo "install.sh: installing $bin, version $("$bin" --version)"
else
    echo "install.sh: run me from an unpacked runde tarball, give me the tarball, or run Scripts/install.sh in the source folder" >&2
    exit 1
fi

# The themes' folder under a prefix is share/runde/themes; under ~/.local that is your own
# theme folder (the data folder is ~/.local/share/runde), which is private (0700) and yours to
# edit. The themes are built into runde, so they are not copied there.
if [[ -n ${RUNDE_HOME:-} ]]; then data_root=$RUNDE_HOME; else data_root=${XDG_DATA_HOME:-$HOME/.local/share}/runde; fi
skip_themes=0
[[ $prefix/share/runde == "$data_root" ]] && skip_themes=1

installed=()
copy() {  # copy MODE RELATIVE-PATH
    [[ -e $src/$2 ]] || return 0
    install -D -m "$1" "$src/$2" "$prefix/$2"
    installed+=("$2")
}
copy 0755 bin/runde
copy 0644 share/man/man1/runde.1.gz
copy 0644 share/man/nb/man1/runde.1.gz
copy 0644 share/bash-completion/completions/runde
copy 0644 share/zsh/site-functions/_runde
copy 0644 share/fish/vendor_completions.d/runde.fish
copy 0644 share/doc/runde/README.md
copy 0644 share/doc/runde/veiledning.md
copy 0644 share/doc/runde/LICENSE
copy 0644 share/doc/runde/copyright
if ((!skip_themes)); then
    for theme in "$src"/share/runde/themes/*.toml; do
        [[ -e $theme ]] && copy 0644 "share/runde/themes/$(basename "$theme")"
    done
fi
mkdir -p "$(dirname "$manifest")"
printf '%s\n' "${installed[@]}" share/doc/runde/installed-files > "$manifest"

echo "runde $("$prefix/bin/runde" --version) is installed in $prefix."
case ":$PATH:" in
    *":$prefix/bin:"*) echo "Start it with: runde" ;;
    *) echo "Add $prefix/bin to your PATH (log out and in again, for ~/.local/bin), or start it with: $prefix/bin/runde" ;;
esac
if [[ $prefix == "$HOME/.local" ]]; then
    echo "zsh: add fpath+=(~/.local/share/zsh/site-functions) to ~/.zshrc for completions."
fi
echo "Remove it again with: $0 --prefix $prefix --uninstall"
