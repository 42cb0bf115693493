#!/bin/bash
# Builds the stand-in Jitsi packages in both shapes and publishes each shape as
# a signed flat apt repository in upstream's layout:
#
#   OUT_DIR/<shape>/stable/{*.deb,Packages,Packages.gz,Release,InRelease,Release.gpg}
#   OUT_DIR/jitsi-key.gpg.key   ASCII-armoured public key (like download.jitsi.org's)
#   OUT_DIR/gnupg/              throwaway signing key, made once and then reused
#
# An apt source for a shape then reads, like the real one:
#   deb [signed-by=/usr/share/keyrings/jitsi-keyring.gpg] <url>/<shape> stable/
#
# Needs dpkg-deb, dpkg-scanpackages (dpkg-dev), apt-ftparchive (apt-utils) and
# gpg; uses no network. Idempotent: the .deb files are bit-for-bit reproducible,
# and a shape's Release is only re-signed when its Packages index changed.
# Prints nothing but errors and a one-line summary.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PKGSRC="$HERE/packages"

die() { echo "build-repo.sh: $*" >&2; exit 1; }

[ $# -eq 1 ] || die "usage: build-repo.sh OUT_DIR"
mkdir -p "$1"
OUT="$(cd "$1" && pwd)"

for tool in dpkg-deb dpkg-scanpackages apt-ftparchive gpg gpgconf gzip awk; do
    command -v "$tool" >/dev/null 2>&1 \
        || die "missing tool '$tool' (apt-get install dpkg-dev apt-utils gnupg)"
done

# shellcheck source=shapes.sh
. "$HERE/shapes.sh"

# Build order does not matter to apt; this is the order of the summary.
PACKAGES="jitsi-videobridge2 jicofo jitsi-meet-web jitsi-meet-web-config jitsi-meet-prosody jitsi-meet-turnserver jitsi-meet"

# Fixed time stamps make the .deb files reproducible.
export SOURCE_DATE_EPOCH=1735689600   # 2025-01-01T00:00:00Z
export LC_ALL=C
umask 022

WORK="$(mktemp -d "${TMPDIR:-/tmp}/jitsi-standin.XXXXXX")"
GNUPGHOME="$OUT/gnupg"
export GNUPGHOME
cleanup() {
    gpgconf --kill gpg-agent >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# run CMD...: runs quietly; on failure shows what it printed and stops.
run() {
    local log="$WORK/run.log"
    if ! "$@" >"$log" 2>&1; then
        cat "$log" >&2
        die "failed: $*"
    fi
}

# preprocess SRC DST: applies the shape's @if/@else/@endif blocks and @NAME@
# values. Returns 1 (and writes nothing) when the file starts with
# "<comment>@file-if FLAG" and FLAG is not "yes".
preprocess() {
    local src="$1" dst="$2" defs="" v
    for v in $SHAPE_VARS; do defs="$defs $v=${!v}"; done
    awk -v defs="$defs" -v src="$src" '
        function flag(name,   neg, r) {
            neg = (substr(name, 1, 1) == "!"); if (neg) name = substr(name, 2)
            if (!(name in val)) { printf "%s:%d: unknown flag %s\n", src, NR, name > "/dev/stderr"; bad = 1; exit 2 }
            r = (val[name] == "yes"); return neg ? !r : r
        }
        BEGIN {
            n = split(defs, a, " ")
            for (i = 1; i <= n; i++) { p = index(a[i], "="); val[substr(a[i], 1, p - 1)] = substr(a[i], p + 1) }
            depth = 0; skip[0] = 0
        }
        NR == 1 && match($0, /^[ \t]*(#|--|\/\/)@file-if[ \t]+/) {
            if (!flag(substr($0, RSTART + RLENGTH))) { dropped = 1; exit 1 }
            next
        }
        match($0, /^[ \t]*(#|--|\/\/)@if[ \t]+/) {
            f = substr($0, RSTART + RLENGTH); sub(/[ \t].*$/, "", f)
            depth++; taken[depth] = flag(f); skip[depth] = skip[depth - 1] || !taken[depth]; next
        }
        /^[ \t]*(#|--|\/\/)@else[ \t]*$/ {
            if (depth == 0) { print src ": @else without @if" > "/dev/stderr"; bad = 1; exit 2 }
            skip[depth] = skip[depth - 1] || taken[depth]; next
        }
        /^[ \t]*(#|--|\/\/)@endif[ \t]*$/ {
            if (depth == 0) { print src ": @endif without @if" > "/dev/stderr"; bad = 1; exit 2 }
            depth--; next
        }
        {
            if (skip[depth]) next
            line = $0
            for (k in val) gsub("@" k "@", val[k], line)
            print line
        }
        END { if (!dropped && !bad && depth != 0) { print src ": unclosed @if" > "/dev/stderr"; exit 2 } }
    ' "$src" > "$dst" || { local rc=$?; rm -f "$dst"; return $rc; }
}

# build_package PKG DESTDIR
build_package() {
    local pkg="$1" dest="$2" src="$PKGSRC/$1" stage="$WORK/stage/$1" rel f rc
    rm -rf "$stage"; mkdir -p "$stage/DEBIAN"

    # files shipped by the package
    if [ -d "$src/root" ]; then
        while IFS= read -r -d '' f; do
            rel="${f#"$src/root/"}"
            if [ -d "$f" ]; then mkdir -p "$stage/$rel"; continue; fi
            mkdir -p "$(dirname "$stage/$rel")"
            rc=0; preprocess "$f" "$stage/$rel" || rc=$?
            [ $rc -eq 0 ] || [ $rc -eq 1 ] || die "preprocessing $f failed"
        done < <(find "$src/root" -mindepth 1 -print0 | sort -z)
    fi
    # control information
    for f in control templates config preinst postinst prerm postrm triggers; do
        [ -f "$src/$f" ] || continue
        preprocess "$src/$f" "$stage/DEBIAN/$f" || die "preprocessing $src/$f failed"
    done

    # permissions: everything root-owned 0644/0755, scripts executable
    find "$stage" -type d -exec chmod 0755 {} +
    find "$stage" -type f -exec chmod 0644 {} +
    for f in config preinst postinst prerm postrm; do
        [ -f "$stage/DEBIAN/$f" ] && chmod 0755 "$stage/DEBIAN/$f"
    done
    find "$stage" -type f \( -name '*.sh' -o -path "$stage/etc/init.d/*" \) -exec chmod 0755 {} +

    # conffiles: every shipped file under /etc (as debhelper does)
    if [ -d "$stage/etc" ]; then
        (cd "$stage" && find etc -type f | sort | sed 's|^|/|') > "$stage/DEBIAN/conffiles"
        [ -s "$stage/DEBIAN/conffiles" ] || rm -f "$stage/DEBIAN/conffiles"
    fi
    # md5sums of the non-conffiles, and the installed size
    (cd "$stage" && find . -path ./DEBIAN -prune -o -path ./etc -prune -o -type f -print \
        | sed 's|^\./||' | sort | xargs -r md5sum) > "$stage/DEBIAN/md5sums"
    [ -s "$stage/DEBIAN/md5sums" ] || rm -f "$stage/DEBIAN/md5sums"
    local size
    size="$(du -sk --exclude=DEBIAN "$stage" | cut -f1)"
    sed -i "/^Description:/i Installed-Size: $size" "$stage/DEBIAN/control"

    find "$stage" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
    local version
    version="$(sed -n 's/^Version: //p' "$stage/DEBIAN/control")"
    run dpkg-deb --root-owner-group -Zxz -b "$stage" "$dest/${pkg}_${version}_all.deb"
}

# the signing key: made once, reused afterwards
mkdir -p "$GNUPGHOME"; chmod 700 "$GNUPGHOME"
KEY_UID="OwnMeet test bed Jitsi stand-in repository <jitsi-standin@ownmeet.invalid>"
if ! gpg --batch --list-secret-keys "$KEY_UID" >/dev/null 2>&1; then
    run gpg --batch --pinentry-mode loopback --passphrase '' \
        --quick-gen-key "$KEY_UID" rsa3072 sign never
fi
FPR="$(gpg --batch --with-colons --list-secret-keys "$KEY_UID" 2>/dev/null | awk -F: '$1 == "fpr" { print $10; exit }')"
[ -n "$FPR" ] || die "no signing key in $GNUPGHOME"
gpg --batch --armor --export "$FPR" > "$WORK/key.asc" 2>/dev/null
cmp -s "$WORK/key.asc" "$OUT/jitsi-key.gpg.key" 2>/dev/null || cp "$WORK/key.asc" "$OUT/jitsi-key.gpg.key"

count=0
for s in $SHAPES; do
    "shape_$s"
    repo="$OUT/$s/stable"
    debs="$WORK/debs/$s"; mkdir -p "$debs" "$repo"
    for p in $PACKAGES; do
        build_package "$p" "$debs"
        count=$((count + 1))
    done
    # publish the .deb files (only those that changed), drop stale ones
    for f in "$debs"/*.deb; do
        cmp -s "$f" "$repo/$(basename "$f")" 2>/dev/null || cp "$f" "$repo/"
    done
    for f in "$repo"/*.deb; do
        [ -e "$debs/$(basename "$f")" ] || rm -f "$f"
    done
    # index: Filename paths are relative to the repository root (<url>/<shape>),
    # as in download.jitsi.org's flat "stable/" repository
    (cd "$OUT/$s" && dpkg-scanpackages --multiversion stable /dev/null 2>"$WORK/scan.log") > "$WORK/Packages" \
        || { cat "$WORK/scan.log" >&2; die "dpkg-scanpackages failed for $s"; }
    if cmp -s "$WORK/Packages" "$repo/Packages" && [ -s "$repo/InRelease" ] && [ -s "$repo/Release.gpg" ] \
        && gpg --batch --verify "$repo/InRelease" >/dev/null 2>&1; then
        continue   # nothing changed, keep the signed Release
    fi
    cp "$WORK/Packages" "$repo/Packages"
    gzip -9n < "$repo/Packages" > "$repo/Packages.gz"
    rm -f "$repo/Release" "$repo/InRelease" "$repo/Release.gpg"
    (cd "$repo" && apt-ftparchive \
        -o APT::FTPArchive::Release::Origin="jitsi.org" \
        -o APT::FTPArchive::Release::Label="Jitsi Debian packages repository (OwnMeet test-bed stand-in, $s shape)" \
        -o APT::FTPArchive::Release::Suite="stable" \
        -o APT::FTPArchive::Release::Codename="stable" \
        release . > "$WORK/Release" 2>"$WORK/rel.log") || { cat "$WORK/rel.log" >&2; die "apt-ftparchive failed for $s"; }
    cp "$WORK/Release" "$repo/Release"
    run gpg --batch --yes --pinentry-mode loopback --passphrase '' --local-user "$FPR" \
        --digest-algo SHA512 --clearsign -o "$repo/InRelease" "$repo/Release"
    run gpg --batch --yes --pinentry-mode loopback --passphrase '' --local-user "$FPR" \
        --digest-algo SHA512 --armor --detach-sign -o "$repo/Release.gpg" "$repo/Release"
done

echo "jitsi-standin: $count packages in $(echo $SHAPES | wc -w) shapes ($SHAPES) under $OUT, signed by $FPR"
