#!/usr/bin/env bash
# Runs the error evaluation of EVALUATION.md: `plume eval-errors` injects
# errors into treebank sentences and scores Plume, then Grammalecte
# (Debian's grammalecte-cli and python3-grammalecte, installed when
# missing) checks the same exported sentences and both are printed side
# by side, then how many of the errors Plume found it marks only as hints.
#
# Usage: bench/run-error-eval.sh [--seed N] [--per-category N] [--out DIR] [FILE.conllu ...]
# Default file: corpora/treebanks/fr_sequoia-ud-test.conllu (held out).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
seed=1
per_category=()
out="$root/.build/error-eval"
files=()
while [ $# -gt 0 ]; do
    case "$1" in
        --seed) seed="$2"; shift 2 ;;
        --per-category) per_category=(--per-category "$2"); shift 2 ;;
        --out) out="$2"; shift 2 ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) files+=("$1"); shift ;;
    esac
done
if [ ${#files[@]} -eq 0 ]; then
    files=("$root/corpora/treebanks/fr_sequoia-ud-test.conllu")
fi

missing=()
for package in grammalecte-cli python3-grammalecte; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "run-error-eval: installing ${missing[*]}" >&2
    sudo_command=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo_command=(sudo)
    fi
    "${sudo_command[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo_command[@]}" apt-get install -y -q "${missing[@]}"
fi

cd "$root"
swift build -c release --product plume >&2
rm -rf "$out"
mkdir -p "$out"
.build/release/plume eval-errors "${files[@]}" --seed "$seed" "${per_category[@]}" \
    --export "$out" --format json > "$out/plume-report.json"
.build/release/plume eval-errors "${files[@]}" --seed "$seed" "${per_category[@]}" \
    > "$out/plume-report.txt"
echo "Files: ${files[*]}; seed $seed ${per_category[*]}"
echo "Grammalecte $(dpkg-query -W -f='${Version}' python3-grammalecte); sets in $out"
echo
# Debian's module is installed for the system Python, not for a pyenv one.
/usr/bin/python3 bench/grammalecte_eval.py "$out"
echo
echo "Injected errors Plume found, by the highest severity of its findings:"
python3 bench/found_severity.py "$out"
