package org.ownmeet.installers.certificates;

import org.ownmeet.installers.ssh.ShellQuote;

/**
 * The one way a certificate is put in place on the server, as bash functions: by OwnMeet during a
 * run and by certbot's renewal hook when OwnMeet is not there. {@code ownmeet_install_certificate
 * CHAIN KEY BACKUP} writes the pair to every {@link CertificatePlaces place} (each atomically, the
 * previous file kept under BACKUP), then has nginx and Prosody check what they would load; if either
 * refuses, every file is put back byte for byte and it returns {@value #REJECTED_STATUS}, after a
 * line {@value #REJECTED} naming the check and that check's output. Files that already hold the
 * right bytes, owner and mode are not touched. It restarts nothing.
 */
final class InstallScript {
    static final String REJECTED = "OWNMEET-CERTIFICATE-REJECTED";
    static final int REJECTED_STATUS = 3;

    private InstallScript() {
    }

    static String functions(String domain, boolean coturn) {
        StringBuilder places = new StringBuilder();
        for (CertificatePlaces.Place place : CertificatePlaces.of(domain, coturn)) {
            places.append("  ownmeet_place \"$").append(place.part() == CertificatePlaces.Part.KEY ? "key" : "chain").append("\" ")
                    .append(place.words()).append('\n');
        }
        return """
                ownmeet_place() {
                  local source=$1 target=$2 owner=$3 group=$4 mode=$5 dir tmp
                  # the packages link Prosody's files from /var/lib/prosody: the file is replaced, the link stays
                  target=$(readlink -f -- "$target")
                  dir=$(dirname -- "$target")
                  if [ -f "$target" ] && cmp -s -- "$source" "$target" \\
                      && [ "$(stat -c '%%U %%G %%a' -- "$target")" = "$owner $group $mode" ]; then
                    return 0
                  fi
                  mkdir -p -- "$dir"
                  find "$dir" -maxdepth 1 -name '.ownmeet-*.tmp' -type f -delete
                  tmp=$(mktemp -- "$dir/.ownmeet-XXXXXXXX.tmp")
                  cat -- "$source" > "$tmp"
                  chown -- "$owner:$group" "$tmp"
                  chmod -- "$mode" "$tmp"
                  sync -- "$tmp"
                  if [ -e "$target" ]; then
                    mkdir -p -- "$ownmeet_backup$dir"
                    cp -a -- "$target" "$ownmeet_backup$target"
                    printf '%%s\\n' "$target" >> "$ownmeet_backup/.ownmeet-replaced"
                  else
                    printf '%%s\\n' "$target" >> "$ownmeet_backup/.ownmeet-created"
                  fi
                  mv -f -- "$tmp" "$target"
                  sync -- "$dir"
                }
                ownmeet_put_back() {
                  local target tmp
                  if [ -f "$ownmeet_backup/.ownmeet-replaced" ]; then
                    while IFS= read -r target; do
                      tmp=$(mktemp -- "$(dirname -- "$target")/.ownmeet-XXXXXXXX.tmp")
                      cp -a -- "$ownmeet_backup$target" "$tmp"
                      sync -- "$tmp"
                      mv -f -- "$tmp" "$target"
                    done < "$ownmeet_backup/.ownmeet-replaced"
                  fi
                  if [ -f "$ownmeet_backup/.ownmeet-created" ]; then
                    while IFS= read -r target; do rm -f -- "$target"; done < "$ownmeet_backup/.ownmeet-created"
                  fi
                }
                # Prosody's own check of the main host: its certificate and key load, Prosody may read the key,
                # and the certificate is for the domain (the other hosts' findings are the packages' business,
                # so Prosody's own verdict, which covers every host, is not taken)
                ownmeet_prosody_check() {
                  local report
                  report=$(prosodyctl check certs 2>&1 || true)
                  printf '%%s\n' "$report" | awk -v host=%1$s '
                    /^Checking certificate for / { mine = ($4 == host) }
                    mine { print }
                    mine && /Error:|Could not open|has expired|Not valid for client connections|No .(certificate|key). found/ { bad = 1 }
                    END { exit bad }'
                }
                ownmeet_install_certificate() {
                  local chain=$1 key=$2 out
                  ownmeet_backup=$3
                  install -d -m 700 -- "$ownmeet_backup"
                  rm -f -- "$ownmeet_backup/.ownmeet-replaced" "$ownmeet_backup/.ownmeet-created"
                %2$s  if ! out=$(nginx -t 2>&1); then
                    ownmeet_put_back
                    printf '%%s nginx -t\\n%%s\\n' %3$s "$out"
                    return %4$d
                  fi
                  if ! out=$(ownmeet_prosody_check); then
                    ownmeet_put_back
                    printf '%%s prosodyctl check certs\\n%%s\\n' %3$s "$out"
                    return %4$d
                  fi
                }
                """.formatted(ShellQuote.quote(domain), places, REJECTED, REJECTED_STATUS);
    }
}
