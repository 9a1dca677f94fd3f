#!/usr/bin/env bash
# Rebuilds the two empty stand-in packages from src/. A .nupkg is a zip with the .nuspec at its root.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
python3 - "$here" <<'PY'
import sys, zipfile, pathlib, re
here = pathlib.Path(sys.argv[1])
for pkg in sorted((here / "src").iterdir()):
    nuspec = next(pkg.glob("*.nuspec"))
    text = nuspec.read_text()
    pid = re.search(r"<id>(.*?)</id>", text).group(1)
    ver = re.search(r"<version>(.*?)</version>", text).group(1)
    out = here / f"{pid}.{ver}.nupkg"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for f in sorted(pkg.rglob("*")):
            if f.is_file():
                info = zipfile.ZipInfo(str(f.relative_to(pkg)), date_time=(2026, 1, 1, 0, 0, 0))
                z.writestr(info, f.read_bytes())
    print(out.name)
PY
