#!/usr/bin/env bash
# WeasyPrint needs Pango and HarfBuzz (with its subsetter) from the system, and a fallback font for
# scripts the bundled fonts lack. Install what is missing when we are root on Debian/Ubuntu;
# otherwise say exactly what to install. Python packages come from pip, not from here.
set -eu
python="${1:-.venv/bin/python}"
packages="libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0 fonts-dejavu-core"
missing=""
if command -v dpkg-query >/dev/null 2>&1; then
  for package in $packages; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
  done
elif ! "$python" -c "import weasyprint" >/dev/null 2>&1; then
  missing="$packages"
fi
if [ -n "$missing" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "essayconv: installing system libraries for WeasyPrint:$missing" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  else
    echo "essayconv: WeasyPrint needs system libraries. Install them with:" >&2
    echo "    sudo apt-get install$missing" >&2
    echo "(other systems: https://doc.courtbouillon.org/weasyprint/stable/first_steps.html)" >&2
    exit 1
  fi
fi
"$python" -c "import weasyprint" >/dev/null 2>&1 || {
  echo "essayconv: WeasyPrint still cannot load its libraries; see the message above" >&2; exit 1; }
