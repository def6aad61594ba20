"""Exchange packages between laptops: export workshops or a strategy draft to a `.jpoa` file,
and import one with a merge previewed before anything is written (`packages.PackageService`).

Above `exchange/` (backups, which every import takes first) and beside `people/` (whose
cross-script matching proposes merging the same person met under two uuids).
"""
