#!/bin/sh
# Put JPoA Desktop in this user's application menu, from the unpacked folder this script sits in.
#
#   ./install.sh               the menu entry, the icons, and a `jpoa` command in ~/.local/bin
#   ./install.sh --no-command  the menu entry and the icons only
#   ./install.sh --uninstall   remove what the last install put there, and nothing else
#
# No root needed: everything goes under ${XDG_DATA_HOME:-~/.local/share} and ~/.local/bin. Each
# file and folder it creates is listed in <data home>/jpoa-desktop/installed-files, so that
# --uninstall removes exactly those (a folder only when it is empty), even once this folder has
# moved. Installing again first removes the last install. Your databases and settings are never
# touched. POSIX sh (tried with dash and bash --posix).
set -eu

NAME=jpoa-desktop

say() { printf '%s\n' "$*"; }
fail() {
    printf 'install.sh: %s\n' "$*" >&2
    exit 1
}

usage() {
    say "usage: ./install.sh [--no-command | --uninstall]"
    say "Adds JPoA Desktop to your application menu (for you alone), or with --uninstall removes it."
}

action=install
with_command=yes
for argument in "$@"; do
    case $argument in
    --uninstall) action=uninstall ;;
    --no-command) with_command=no ;;
    -h | --help)
        usage
        exit 0
        ;;
    *)
        usage >&2
        exit 2
        ;;
    esac
done

[ -n "${HOME:-}" ] || fail "HOME is not set"
data_home=${XDG_DATA_HOME:-}
case $data_home in
/*) ;;
*) data_home=$HOME/.local/share ;; # unset, empty or relative: the spec says use the default
esac
apps=$data_home/applications
icons=$data_home/icons/hicolor
bin_dir=$HOME/.local/bin
record_dir=$data_home/$NAME
manifest=$record_dir/installed-files
newline='
'

# Note what this run creates in the manifest as it goes, one "<kind> <path>" a line (d folder,
# f file, l link), so that even an install cut short can be undone. Until the manifest is
# started, notes wait in $waiting.
waiting=
note() {
    if [ -f "$manifest" ]; then
        printf '%s %s\n' "$1" "$2" >>"$manifest"
    else
        waiting="$waiting$1 $2$newline"
    fi
}

# Make a folder and the missing folders above it, noting each one made.
make_folder() {
    if [ ! -d "$1" ]; then
        make_folder "$(dirname -- "$1")"
        mkdir -- "$1"
        note d "$1"
    fi
}

# Rebuild the menu's and the icons' caches where the tools exist (never fail without them).
# With "kept", only caches that already exist: uninstalling leaves none that was not there.
refresh_caches() {
    if [ -d "$apps" ] && command -v update-desktop-database >/dev/null 2>&1; then
        if [ "${1:-}" != kept ] || [ -e "$apps/mimeinfo.cache" ]; then
            update-desktop-database -q "$apps" >/dev/null 2>&1 || true
        fi
    fi
    if [ -d "$icons" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
        if [ "${1:-}" != kept ] || [ -e "$icons/icon-theme.cache" ]; then
            gtk-update-icon-cache -q -t -f "$icons" >/dev/null 2>&1 || true
        fi
    fi
}

# Remove what the manifest lists, last made first: files and links, then folders left empty.
uninstall() {
    [ -f "$manifest" ] || return 1
    listed=$(sed -n '1!G;h;$p' "$manifest")
    rm -f -- "$manifest"
    printf '%s\n' "$listed" | while IFS= read -r line; do
        path=${line#? }
        case $line in
        "d "*) rmdir -- "$path" 2>/dev/null || true ;;
        "f "* | "l "*) if [ -L "$path" ] || [ -f "$path" ]; then rm -f -- "$path"; fi ;;
        esac
    done
    refresh_caches kept
    return 0
}

# The Exec value for a program path, by the Desktop Entry spec: backslash before \ " ` $ inside
# double quotes, %% for %, then every backslash doubled by the rule all string values follow.
exec_value() {
    quoted=$(printf '%s\n' "$1" | sed -e 's/[\\"`$]/\\&/g' -e 's/%/%%/g' -e 's/\\/\\\\/g')
    printf '"%s"\n' "$quoted"
}

# A plain string value: only the backslash needs escaping (a path never starts with a space).
string_value() { printf '%s\n' "$1" | sed -e 's/\\/\\\\/g'; }

if [ "$action" = uninstall ]; then
    if uninstall; then
        say "JPoA Desktop is no longer in your menu; your databases and settings are kept."
    else
        say "Nothing to remove: no install is recorded in $manifest."
    fi
    exit 0
fi

bundle=$(cd -- "$(dirname -- "$0")" && pwd -P) || fail "cannot find the folder this script is in"
case $bundle in
*"$newline"*) fail "this folder's path has a line break in it: rename it, then run me again" ;;
esac
program=$bundle/$NAME
entry=$bundle/$NAME.desktop
theme=$bundle/_internal/jpoa_desktop/resources/icons/hicolor
[ -x "$program" ] || fail "no $NAME program in $bundle: run me from the unpacked JPoA Desktop folder"
[ -f "$entry" ] || fail "no $NAME.desktop in $bundle: the folder is incomplete, unpack it again"
[ -d "$theme" ] || fail "no icons in $theme: the folder is incomplete, unpack it again"

uninstall >/dev/null || true # a second install replaces the first
trap 'if [ $? -ne 0 ]; then say "install.sh: stopped half-way; \"$0 --uninstall\" undoes what was done." >&2; fi' EXIT
make_folder "$record_dir"
printf '%s' "$waiting" >"$manifest"

make_folder "$apps"
target=$apps/$NAME.desktop
EXEC_LINE="Exec=$(exec_value "$program")" TRY_LINE="TryExec=$(string_value "$program")" awk '
    /^\[/ { group = $0 }
    group == "[Desktop Entry]" && /^TryExec=/ { next }
    group == "[Desktop Entry]" && /^Exec=/ { print ENVIRON["EXEC_LINE"]; print ENVIRON["TRY_LINE"]; next }
    { print }
' "$entry" >"$target.tmp"
chmod 644 "$target.tmp"
mv -f -- "$target.tmp" "$target"
note f "$target"

for picture in "$theme"/*x*/apps/$NAME.png; do
    [ -f "$picture" ] || continue
    size_folder=$(basename -- "$(dirname -- "$(dirname -- "$picture")")")
    make_folder "$icons/$size_folder/apps"
    cp -- "$picture" "$icons/$size_folder/apps/$NAME.png"
    chmod 644 "$icons/$size_folder/apps/$NAME.png"
    note f "$icons/$size_folder/apps/$NAME.png"
done

command_note=
if [ "$with_command" = yes ] && [ -x "$bundle/jpoa" ]; then
    if [ -e "$bin_dir/jpoa" ] || [ -L "$bin_dir/jpoa" ]; then
        command_note="$bin_dir/jpoa already exists and is not from this install: left as it is."
    else
        make_folder "$bin_dir"
        ln -s -- "$bundle/jpoa" "$bin_dir/jpoa"
        note l "$bin_dir/jpoa"
        case ":${PATH:-}:" in
        *":$bin_dir:"*) command_note="The jpoa command is in $bin_dir." ;;
        *) command_note="The jpoa command is in $bin_dir, which is not on your PATH yet (it is after your next login on most systems)." ;;
        esac
    fi
fi

# A cache this install brings into being is its own, and goes with it.
for cache in "$apps/mimeinfo.cache" "$icons/icon-theme.cache"; do
    if [ -e "$cache" ]; then existing_caches="${existing_caches:-}$cache$newline"; fi
done
refresh_caches
for cache in "$apps/mimeinfo.cache" "$icons/icon-theme.cache"; do
    case $newline${existing_caches:-} in
    *"$newline$cache$newline"*) ;;
    *) if [ -e "$cache" ]; then note f "$cache"; fi ;;
    esac
done

say "JPoA Desktop is in your application menu (Office), as $target."
[ -z "$command_note" ] || say "$command_note"
say "To remove it: $bundle/install.sh --uninstall"
