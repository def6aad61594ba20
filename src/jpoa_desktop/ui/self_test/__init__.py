"""`jpoa-desktop --self-test`: does the installed app work on this machine?

A trainer who unpacked the bundle on a laptop without Python, or `make bundle` on the frozen
build, runs it once: a fresh database in a temporary folder is migrated, given the library,
searched in both scripts, given a participant list, made to print and verify a certificate,
and shown in the real main window off-screen. One line per step; exit 0, or 1 with the step
that failed and why. Nothing of the user's (database, settings, signing keys, the folders list,
the log) is read or written: everything happens in one temporary folder, removed at the end.

`runner.run_self_test` is the entry point; `scratch` keeps the run inside its folder, the
steps live in `data_steps`, `people_steps` and `window_step`.
"""
