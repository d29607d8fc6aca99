#!/usr/bin/env bash
# WeasyPrint needs Pango (and HarfBuzz's subsetter) from the system. Install them when missing
# and we are root; otherwise say exactly what to install. Python packages come from pip.
set -eu
python="${1:-.venv/bin/python}"
if "$python" -c "import weasyprint" >/dev/null 2>&1; then
  exit 0
fi
packages="libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 libharfbuzz0b fonts-dejavu-core"
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "essayconv: installing WeasyPrint's system libraries: $packages" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages >/dev/null
  "$python" -c "import weasyprint" >/dev/null
else
  echo "essayconv: WeasyPrint cannot load its system libraries. Install them with:" >&2
  echo "    sudo apt-get install $packages" >&2
  echo "(other systems: https://doc.courtbouillon.org/weasyprint/stable/first_steps.html)" >&2
  exit 1
fi
