"""`jpoa branding`: a workshop's logos, signatures, accent colour and margins.

jpoa branding show --workshop ID [--json]
jpoa branding add-logo --workshop ID FILE
jpoa branding add-signature --workshop ID FILE --name NAME [--title TITLE]
jpoa branding remove IMAGE_ID
jpoa branding move IMAGE_ID POSITION
jpoa branding set --workshop ID [--accent #rrggbb|none] [--margin MM|none]
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from jpoa_desktop.cli.commands import Commands, print_json
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.services.container import Services

if TYPE_CHECKING:  # the branding service pulls in the image libraries: only when used
    from jpoa_desktop.services.handouts.branding import BrandImage, Branding, Keep

NONE_WORDS = ("none", "default")


def _image_json(image: BrandImage) -> dict[str, Any]:
    shown: dict[str, Any] = {
        "id": image.id,
        "position": image.position + 1,  # 1 for the first, as `move` takes it
        "file": image.filename,
        "media_type": image.media_type,
        "bytes": len(image.data),
    }
    if image.kind == "signature":
        shown |= {"name": image.signer_name, "title": image.signer_title}
    return shown


def branding_json(branding: Branding) -> dict[str, Any]:
    return {
        "workshop": branding.workshop_id,
        "accent": branding.accent,
        "margin_mm": branding.margin_mm,
        "logos": [_image_json(i) for i in branding.logos],
        "signatures": [_image_json(i) for i in branding.signatures],
    }


def _print_branding(branding: Branding, out: TextIO) -> None:
    print(f"accent: {branding.accent or 'default'}", file=out)
    margin = "default" if branding.margin_mm is None else f"{branding.margin_mm:g} mm"
    print(f"margins: {margin}", file=out)
    for heading, images in (("logos", branding.logos), ("signatures", branding.signatures)):
        print(f"{heading}:" if images else f"{heading}: none", file=out)
        for image in images:
            line = f"  [{image.id}] {image.position + 1}. {image.filename} ({image.media_type})"
            if image.kind == "signature":
                signer = ", ".join(p for p in (image.signer_name, image.signer_title) if p)
                line += f" — {signer}"
            print(line, file=out)


def _accent(text: str | None) -> str | Keep | None:
    from jpoa_desktop.services.handouts.branding import KEEP

    if text is None:
        return KEEP
    return None if text.strip().lower() in NONE_WORDS else text


def _margin(text: str | None) -> float | Keep | None:
    from jpoa_desktop.services.handouts.branding import KEEP

    if text is None:
        return KEEP
    if text.strip().lower() in NONE_WORDS:
        return None
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a number of millimetres."), value=text
        ) from None


def register(commands: Commands) -> None:
    def show(args: argparse.Namespace, services: Services, out: TextIO) -> int:
        branding = services.branding.branding(args.workshop)
        if args.json:
            print_json(branding_json(branding), out)
        else:
            _print_branding(branding, out)
        return 0

    def added(args: argparse.Namespace, image_id: int, out: TextIO) -> int:
        if args.json:
            print_json({"id": image_id}, out)
        else:
            print(image_id, file=out)
        return 0

    def add_logo(args: argparse.Namespace, services: Services, out: TextIO) -> int:
        image_id = services.branding.add_image(args.workshop, "logo", Path(args.file))
        return added(args, image_id, out)

    def add_signature(args: argparse.Namespace, services: Services, out: TextIO) -> int:
        image_id = services.branding.add_image(
            args.workshop, "signature", Path(args.file), signer_name=args.name,
            signer_title=args.title,
        )  # fmt: skip
        return added(args, image_id, out)

    def remove(args: argparse.Namespace, services: Services, out: TextIO) -> int:
        removed = services.branding.remove_image(args.image)
        if args.json:
            print_json({"removed": args.image, "file": removed.row["filename"]}, out)
        else:
            print(f"removed {removed.row['filename']}", file=out)
        return 0

    def move(args: argparse.Namespace, services: Services, out: TextIO) -> int:
        branding = services.branding
        branding.move_image(args.image, args.position - 1)
        moved = branding.image(args.image)
        if args.json:
            print_json({"id": moved.id, "position": moved.position + 1}, out)
        else:
            print(f"{moved.filename} is now number {moved.position + 1}", file=out)
        return 0

    def set_style(args: argparse.Namespace, services: Services, out: TextIO) -> int:
        if args.accent is None and args.margin is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Say what to change with --accent or --margin.")
            )
        branding = services.branding
        branding.update_style(args.workshop, _accent(args.accent), _margin(args.margin))
        return show(args, services, out)

    sub = commands.group("branding", "a workshop's logos, signatures, accent colour and margins")
    command = sub.command("show", show, "the workshop's branding")
    command.add_argument("--workshop", type=int, required=True)
    command = sub.command("add-logo", add_logo, "add an organiser's logo (PNG or SVG, ≤ 5 MB)")
    command.add_argument("--workshop", type=int, required=True)
    command.add_argument("file")
    command = sub.command(
        "add-signature", add_signature, "add a signature for certificates (PNG or SVG)"
    )
    command.add_argument("--workshop", type=int, required=True)
    command.add_argument("file")
    command.add_argument("--name", required=True, help="who signs, as printed under the line")
    command.add_argument("--title", default="", help="their position, printed under the name")
    command = sub.command("remove", remove, "remove a logo or signature (by the id `show` prints)")
    command.add_argument("image", type=int, metavar="IMAGE_ID")
    command = sub.command("move", move, "put a logo or signature at another place in its row")
    command.add_argument("image", type=int, metavar="IMAGE_ID")
    command.add_argument("position", type=int, help="1 for the first place")
    command = sub.command("set", set_style, "set the accent colour and/or the margins")
    command.add_argument("--workshop", type=int, required=True)
    command.add_argument("--accent", help="#rrggbb, or none for the default")
    command.add_argument("--margin", help="page margins in mm (5 to 40), or none")
