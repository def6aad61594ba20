"""Pack the built one-folder app into the archive a trainer downloads and unpacks:
`jpoa-desktop-<version>-linux-<machine>.tar.gz` beside the folder, whose one top folder is
`jpoa-desktop-<version>/` (so unpacking never spills files into the current folder).

Run by `make bundle`: `python packaging/linux/make_archive.py dist/jpoa-desktop`. Modes and the
`jpoa` link are kept; owners are not (the files belong to whoever unpacks them), and every entry
gets the same time, so that two builds of the same folder give the same list of files.
"""

from __future__ import annotations

import platform
import sys
import tarfile
from pathlib import Path

from jpoa_desktop import __version__


def archive_name(version: str, machine: str) -> str:
    return f"jpoa-desktop-{version}-linux-{machine}.tar.gz"


def make_archive(bundle: Path, version: str = __version__) -> Path:
    """Write the archive of `bundle` beside it and return its path."""
    if not (bundle / "jpoa-desktop").is_file():
        raise SystemExit(f"{bundle} is not a built bundle (no jpoa-desktop in it): run make bundle")
    target = bundle.parent / archive_name(version, platform.machine())
    top = f"jpoa-desktop-{version}"
    mtime = int((bundle / "jpoa-desktop").stat().st_mtime)

    def neutral(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        info.mtime = mtime
        return info

    partial = target.with_name(target.name + ".part")
    with tarfile.open(partial, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname=top, recursive=False, filter=neutral)
        for path in sorted(bundle.rglob("*")):
            archive.add(path, arcname=f"{top}/{path.relative_to(bundle)}", recursive=False,
                        filter=neutral)  # fmt: skip
    partial.replace(target)  # a killed run leaves a .part, never a truncated archive
    return target


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: make_archive.py BUNDLE_FOLDER", file=sys.stderr)
        return 2
    target = make_archive(Path(argv[0]))
    print(f"{target} ({target.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
