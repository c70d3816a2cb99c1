#!/usr/bin/env bash
# Starts a real nginx and a real Apache on 127.0.0.1, each set up as a school's server would be
# with the atlas's shipped settings and nothing else for it: a minimal server that includes the
# build's nginx.conf, and one that lets the build's .htaccess apply (with what a default Debian
# Apache has: its types, and mod_deflate compressing text as it is sent).
#
#   tests/support/hosts.sh BUILD RUN_DIR NGINX_PORT APACHE_PORT
#
# BUILD (a release build, dist/) is copied to RUN_DIR/site/atlas/; each server's config, pid file
# and logs are in RUN_DIR (a fresh one each time). The servers run in the background: stop them with
#   kill "$(cat RUN_DIR/nginx.pid)" "$(cat RUN_DIR/apache.pid)"
# The atlas is then at http://127.0.0.1:NGINX_PORT/atlas/ and http://127.0.0.1:APACHE_PORT/atlas/.
set -euo pipefail
[ "$#" -eq 4 ] || { sed -n '2,13p' "$0" >&2; exit 2; }
BUILD="$1"; NGINX_PORT="$3"; APACHE_PORT="$4"
# Both servers drop to an unprivileged user when started as root (Apache refuses to serve as
# root), who may not be able to enter the repository's folders: then RUN_DIR is a link to a
# folder of /tmp that every user can read. Started as anyone else, they run as that user.
NGINX_USER=""; APACHE_USER=""
if [ -L "$2" ]; then rm -rf "$(readlink -f "$2")" "$2"; fi
if [ "$(id -u)" -eq 0 ]; then
  NGINX_USER="user nobody $(id -gn nobody);"
  APACHE_USER="User nobody
Group $(id -gn nobody)"
  rm -rf "$2" && mkdir -p "$(dirname "$2")"
  ln -s "$(mktemp -d /tmp/atlas-hosts.XXXXXX)" "$2"
fi
mkdir -p "$2" && RUN="$(readlink -f "$2")"
chmod 755 "$RUN"
SITE="$RUN/site"
NGINX_MODULES=/usr/lib/nginx/modules
APACHE_MODULES=/usr/lib/apache2/modules
for need in /usr/sbin/nginx "$NGINX_MODULES/ngx_http_brotli_static_module.so" /usr/sbin/apache2; do
  [ -e "$need" ] || { echo "hosts.sh: $need is missing: run scripts/ensure-tools.sh --browser" >&2; exit 1; }
done

rm -rf "$SITE" && mkdir -p "$SITE/atlas" "$RUN/nginx-temp"
cp -r "$BUILD/." "$SITE/atlas/"

cat >"$RUN/nginx-server.conf" <<CONF
$NGINX_USER
worker_processes 1;
pid $RUN/nginx.pid;
error_log $RUN/nginx-error.log;
load_module $NGINX_MODULES/ngx_http_brotli_static_module.so;
events { worker_connections 64; }
http {
    access_log $RUN/nginx-access.log;
    client_body_temp_path $RUN/nginx-temp/body;
    proxy_temp_path $RUN/nginx-temp/proxy;
    fastcgi_temp_path $RUN/nginx-temp/fastcgi;
    uwsgi_temp_path $RUN/nginx-temp/uwsgi;
    scgi_temp_path $RUN/nginx-temp/scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $SITE;
        include $SITE/atlas/nginx.conf;
    }
}
CONF

cat >"$RUN/apache.conf" <<CONF
ServerName 127.0.0.1
Listen 127.0.0.1:$APACHE_PORT
$APACHE_USER
PidFile $RUN/apache.pid
DefaultRuntimeDir $RUN
Mutex file:$RUN default
ErrorLog $RUN/apache-error.log
LogLevel warn
LoadModule mpm_event_module $APACHE_MODULES/mod_mpm_event.so
LoadModule authz_core_module $APACHE_MODULES/mod_authz_core.so
LoadModule dir_module $APACHE_MODULES/mod_dir.so
LoadModule mime_module $APACHE_MODULES/mod_mime.so
LoadModule filter_module $APACHE_MODULES/mod_filter.so
LoadModule deflate_module $APACHE_MODULES/mod_deflate.so
LoadModule rewrite_module $APACHE_MODULES/mod_rewrite.so
LoadModule headers_module $APACHE_MODULES/mod_headers.so
# A default Debian Apache: its types, and text compressed as it is sent.
TypesConfig /etc/mime.types
AddType application/x-gzip .gz .tgz
AddOutputFilterByType DEFLATE text/html text/plain text/xml text/css text/javascript
AddOutputFilterByType DEFLATE application/javascript application/json application/wasm
DocumentRoot $SITE
DirectoryIndex index.html
AccessFileName .htaccess
<Directory />
    AllowOverride None
    Require all denied
</Directory>
<Directory $SITE>
    Options FollowSymLinks
    AllowOverride FileInfo
    Require all granted
</Directory>
CONF

/usr/sbin/nginx -p "$RUN" -e "$RUN/nginx-error.log" -c "$RUN/nginx-server.conf" -t -q
/usr/sbin/nginx -p "$RUN" -e "$RUN/nginx-error.log" -c "$RUN/nginx-server.conf"
/usr/sbin/apache2 -f "$RUN/apache.conf" -t 2>/dev/null || /usr/sbin/apache2 -f "$RUN/apache.conf" -t
/usr/sbin/apache2 -f "$RUN/apache.conf" -k start

for _ in $(seq 50); do
  if curl -fsS "http://127.0.0.1:$NGINX_PORT/atlas/" >/dev/null 2>&1 \
    && curl -fsS "http://127.0.0.1:$APACHE_PORT/atlas/" >/dev/null 2>&1; then exit 0; fi
  sleep 0.2
done
echo "hosts.sh: the servers do not answer (logs in $RUN)" >&2
exit 1
