"""`jpoa certificate …`: check certificates offline, and carry signing keys between computers.

`verify`, `verifier-page`, `trust`, `issuers`, `rename-issuer` and `distrust` read and write only
the user's key folder (the Verify screen's Trusted issuers dialog writes the same one) and the
verifier page's file: they never open, let alone create, a database, and never make a key. The
verifier page trusts exactly whom `verify` trusts: the trusted issuers, this computer's own keys
among them (a key is trusted when it is made or imported). `import-key`, `export-key` and
`export-signing-key` work on the database's own key; a passphrase-protected key file is opened
with `JPOA_KEY_PASSPHRASE`, and an exported signing key is protected with it when it is set.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from jpoa_desktop.cli.commands import Commands, answer, print_json
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError

OWN_KEY_STAYS = QT_TRANSLATE_NOOP(
    "Errors",
    "That is this computer's own key: it signs this computer's certificates and stays trusted.",
)

if TYPE_CHECKING:
    from jpoa_desktop.services.container import Services
    from jpoa_desktop.services.handouts.certificate_rules import AwardRule
    from jpoa_desktop.services.handouts.key_files import Issuer


def _issuer_json(issuer: Issuer | None) -> dict[str, object] | None:
    if issuer is None:
        return None
    return {"name": issuer.name, "fingerprint": issuer.fingerprint, "own": issuer.own}


def _who(issuer: Issuer) -> str:
    return f"{issuer.name or 'unnamed issuer'} ({issuer.fingerprint})"


def _share(text: str) -> float:
    """A percentage option as a share: 60 → 0.6."""
    try:
        return float(text.strip().rstrip("%").strip()) / 100
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a percentage like 60."), value=text
        ) from None


def _rule_line(rule: AwardRule) -> str:
    score = "no post-test score"
    if rule.min_post_score is not None:
        score = f"post-test {rule.min_post_score:.0%}"
    return f"attendance {rule.min_attendance:.0%}, {score}, certificate of {rule.wording}"


def _rule(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    """Print the workshop's certificate rule, changed first by the options given."""
    from jpoa_desktop.services.handouts.certificate_rules import AwardRule

    rules = services.certificate_rules
    rule = rules.rule(args.workshop)
    score = args.min_score
    changed = AwardRule(
        rule.min_attendance if args.min_attendance is None else _share(args.min_attendance),
        rule.min_post_score if score is None else None if score == "none" else _share(score),
        args.wording or rule.wording,
    )
    if changed != rule:
        rule = rules.set_rule(args.workshop, changed)
    return answer(args, out, rule.as_json(), [_rule_line(rule)])


def _register(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    """The register of issued certificates; written to --out as XLSX when given."""
    if args.out and Path(args.out).suffix.lower() != ".xlsx":
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The register is written as FILE.xlsx, not “{value}”."),
            value=args.out,
        )
    register = services.certificate_register
    lines = register.register(args.workshop)
    if args.out:
        register.export_register(Path(args.out), args.workshop)
    data: dict[str, object] = {"certificates": [line.as_json() for line in lines]}
    if args.out:
        data["file"] = args.out
    text = [f"{line.number}  {line.holder}  {line.workshop_title}  {line.wording}  "
            f"issued {line.issued_on.isoformat()}, last printed {line.last_printed_on.isoformat()}"
            for line in lines]  # fmt: skip
    return answer(args, out, data, [*text, *([args.out] if args.out else [])])


def register(commands: Commands) -> None:
    def verify(args: argparse.Namespace, _services: Services | None, out: TextIO) -> int:
        from jpoa_desktop.services.handouts.certificates import verify_code

        key = Path(args.public_key) if args.public_key else None
        verdict = verify_code(args.code, key)
        claim = verdict.claim
        if args.json:
            print_json(
                {
                    "valid": verdict.valid,
                    "reason": verdict.reason,
                    "certificate": None if claim is None else claim.__dict__,
                    "issuer": _issuer_json(verdict.issuer),
                },
                out,
            )
        elif verdict.valid and claim is not None and verdict.issuer is not None:
            facts = ", ".join(p for p in (claim.holder, claim.latin, claim.workshop,
                                          claim.dates, claim.place) if p)  # fmt: skip
            print(f"valid: No. {claim.number}, {facts}; signed by {_who(verdict.issuer)}", file=out)
        else:
            print(f"NOT valid: {verdict.reason}", file=out)
        return 0 if verdict.valid else 1

    def verifier_page(args: argparse.Namespace, _services: Services | None, out: TextIO) -> int:
        from jpoa_desktop.services.handouts.certificates import trusted_issuers
        from jpoa_desktop.services.handouts.verifier_page import write_verifier_page

        page = write_verifier_page(Path(args.out), trusted_issuers(), args.lang)
        if args.json:
            print_json(
                {"file": str(page.path), "issuers": [_issuer_json(i) for i in page.issuers]}, out
            )
        else:
            print(args.out, file=out)
            for issuer in page.issuers:
                print(f"  trusts {_who(issuer)}", file=out)
        return 0

    def trust(args: argparse.Namespace, _services: Services | None, out: TextIO) -> int:
        from jpoa_desktop.services.handouts.key_files import KeyFolder

        issuer = KeyFolder().trust_file(Path(args.file), args.name)
        print(f"trusted: {_who(issuer)}", file=out)
        return 0

    def issuers(args: argparse.Namespace, _services: Services | None, out: TextIO) -> int:
        from jpoa_desktop.services.handouts.key_files import KeyFolder

        known = KeyFolder().issuers()
        if args.json:
            print_json([_issuer_json(issuer) for issuer in known], out)
        for issuer in [] if args.json else known:
            print(f"{_who(issuer)}{' — ours, signs here' if issuer.own else ''}", file=out)
        return 0

    def rename_issuer(args: argparse.Namespace, _services: Services | None, out: TextIO) -> int:
        from jpoa_desktop.services.handouts.key_files import KeyFolder

        issuer = KeyFolder().rename(args.fingerprint, args.name)
        print(f"renamed: {_who(issuer)}", file=out)
        return 0

    def distrust(args: argparse.Namespace, _services: Services | None, out: TextIO) -> int:
        from jpoa_desktop.services.handouts.key_files import KeyFolder

        folder = KeyFolder()
        if folder.issuer(args.fingerprint).own:
            raise ValidationError(OWN_KEY_STAYS)
        print(f"no longer trusted: {_who(folder.forget(args.fingerprint))}", file=out)
        return 0

    def import_key(args: argparse.Namespace, services: Services, out: TextIO) -> int:
        from jpoa_desktop.services.handouts.signing import passphrase_from_environment

        issuer = services.signing.import_private_key(Path(args.file), passphrase_from_environment())
        print(f"this database now signs with {_who(issuer)}", file=out)
        return 0

    def export_key(args: argparse.Namespace, services: Services, out: TextIO) -> int:
        services.signing.export_public_key(Path(args.file))  # the passphrase: from the environment
        print(args.file, file=out)
        return 0

    def export_signing_key(args: argparse.Namespace, services: Services, out: TextIO) -> int:
        from jpoa_desktop.services.handouts.signing import passphrase_from_environment

        services.signing.export_private_key(Path(args.file), passphrase_from_environment())
        print(args.file, file=out)
        return 0

    certificate = commands.group("certificate", "certificates' signatures")
    checking = certificate.offline_command(
        "verify",
        verify,
        "check a certificate's QR text offline (exit 0 valid, 1 invalid or tampered)",
    )
    checking.add_argument(
        "code",
        help="the text of the certificate's QR code (JP2:… or JPOA1.…, or the verifier page's "
        "address with the code after #)",
    )
    checking.add_argument(
        "--public-key", help="an issuer's exported public key (default: the trusted issuers)"
    )
    page = certificate.offline_command(
        "verifier-page",
        verifier_page,
        "write one HTML file that checks certificate codes in any browser, offline, "
        "with the trusted issuers' public keys",
    )
    page.add_argument("--out", required=True, help="the HTML file to write")
    page.add_argument(
        "--lang", choices=("en", "ru"), default="en", help="the page's language by default"
    )
    trusting = certificate.offline_command(
        "trust", trust, "accept certificates signed with this public key"
    )
    trusting.add_argument("file", help="a public key exported with `jpoa certificate export-key`")
    trusting.add_argument("--name", help="the issuer's name (default: the one in the file)")
    certificate.offline_command("issuers", issuers, "the trusted issuers, ours first")
    renaming = certificate.offline_command(
        "rename-issuer", rename_issuer, "give a trusted issuer another name"
    )
    renaming.add_argument("fingerprint", help="the issuer's key, as `issuers` lists it")
    renaming.add_argument("name")
    forgetting = certificate.offline_command(
        "distrust", distrust, "stop accepting certificates signed by this issuer"
    )
    forgetting.add_argument("fingerprint", help="the issuer's key, as `issuers` lists it")
    importing = certificate.command(
        "import-key",
        import_key,
        "sign this database's certificates with a key file from another computer",
    )
    importing.add_argument("file", help="a key file from `jpoa certificate export-signing-key`")
    exporting = certificate.command(
        "export-key", export_key, "write this database's public key (PEM)"
    )
    exporting.add_argument("file")
    secret = certificate.command(
        "export-signing-key",
        export_signing_key,
        "write the private signing key, to import on another computer "
        "(protected with $JPOA_KEY_PASSPHRASE when set)",
    )
    secret.add_argument("file")
    listing = certificate.command(
        "register", _register, "the register of issued certificates (number, holder, workshop)"
    )
    listing.add_argument("--workshop", type=int, help="one workshop's certificates only")
    listing.add_argument("--out", help="also write the register to FILE.xlsx")
    ruling = certificate.command(
        "rule",
        _rule,
        "show or set who earns a workshop's certificate: attendance, post-test score, wording",
    )
    ruling.add_argument("workshop", type=int, metavar="WORKSHOP_ID")
    ruling.add_argument("--min-attendance", metavar="PCT", help="share of the days, e.g. 80")
    ruling.add_argument(
        "--min-score", metavar="PCT", help="post-test score a holder must reach, e.g. 60; none"
    )
    ruling.add_argument(
        "--wording",
        choices=("participation", "completion"),
        help="certificate of participation, or of completion (needs --min-score)",
    )
