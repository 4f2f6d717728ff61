#!/usr/bin/env bash
# Installs what the tests need on a bare Debian machine: Node packages (npm ci, which also compiles
# the CLI), Chromium for the task-pane tests, LibreOffice Calc to open the written workbooks,
# LibreOffice Writer for Word documents (Calc alone cannot load them) and poppler-utils to turn PDF
# pages into images. (Not the Liberation fonts: their Serif lacks some of Vietnamese's letters, and
# the printed pages then mix fonts inside words.) Safe to run again: it skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

# A Debian package counts as there when dpkg has it installed: a `soffice` on the PATH says nothing
# about Writer, and a program can outlive its package. Without dpkg, the program itself is looked for.
installed() {
  if command -v dpkg-query >/dev/null 2>&1; then
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
    return
  fi
  case "$1" in
    chromium) command -v chromium ;;
    libreoffice-*) command -v soffice ;;
    poppler-utils) command -v pdftoppm ;;
    *) false ;;
  esac >/dev/null 2>&1
}
need_apt=()
for pkg in chromium libreoffice-calc libreoffice-writer poppler-utils; do
  installed "$pkg" || need_apt+=("$pkg")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
    echo "setup: need ${need_apt[*]} (apt-get) but not root and no sudo" >&2
    exit 1
  fi
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  echo "setup: installing ${need_apt[*]} with apt-get"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# npm ci when node_modules is missing or older than the lock file.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
# The CLI the tests run (bin/plan-tracker.js → build/cli) is compiled from the sources every time:
# a build left from an older checkout would test old code.
npm run --silent build:cli
