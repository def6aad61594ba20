"""The `.jpoa` exchange package: a zip of JSON tables with a manifest, optionally encrypted.

`writing.write_package` and `reading.read_package` are the two doors; everything else here is
what lets the reader trust a file that came from another laptop, a USB stick, or anyone:
limits on what it may inflate to (`limits`, `archive`), a manifest whose every count and hash
is checked (`manifest`), records that must carry a `uuid` (`records`), strict JSON
(`json_text`), the passphrase envelope (`envelope`), and the check that no private key
ever leaves in one (`private_keys`).
"""
