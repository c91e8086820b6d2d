#!/bin/sh
# Container entry point: `dlp-proxy run` with the container's paths, configured by DLP_* variables.
#
#   DLP_LISTEN_HOST   proxy address                    (default 0.0.0.0)
#   DLP_LISTEN_PORT   proxy port                       (default 8080)
#   DLP_ADMIN_HOST    admin endpoints address          (default 0.0.0.0: publish the port with care)
#   DLP_ADMIN_PORT    admin endpoints port, 0 = off    (default 9090)
#   DLP_POLICY        policy folder                    (default /app/rules)
#   DLP_AUDIT_LOG     decision log                     (default /app/logs/decisions.jsonl)
#   DLP_CERTS         CA folder                        (default /app/certs)
#   DLP_NLP_CONFIG    spaCy pipelines                  (default /app/models/nlp.yaml)
#   DLP_REDIS_URL, DLP_JUSTIFY_KEY, DLP_EVIDENCE_KEY, DLP_PSEUDONYM_KEY, DLP_CLIENT_HASH_KEY
#                     read by the proxy itself (README, "Configuration")
#
# `run` (or no argument, or arguments starting with '-') starts the proxy, with any extra
# arguments appended (e.g. `--set dlp_audit_daily=true`); any other command is passed to
# dlp-proxy as is: `docker compose run --rm dlp-proxy audit verify /app/logs`.
set -eu

if [ "$#" -gt 0 ] && [ "$1" = "run" ]; then
    shift
elif [ "$#" -gt 0 ] && [ "${1#-}" = "$1" ]; then
    exec dlp-proxy "$@"
fi

exec dlp-proxy run \
    --listen-host "${DLP_LISTEN_HOST:-0.0.0.0}" \
    --listen-port "${DLP_LISTEN_PORT:-8080}" \
    --policy "${DLP_POLICY:-/app/rules}" \
    --audit-log "${DLP_AUDIT_LOG:-/app/logs/decisions.jsonl}" \
    --certs "${DLP_CERTS:-/app/certs}" \
    --nlp-config "${DLP_NLP_CONFIG:-/app/models/nlp.yaml}" \
    --set "dlp_admin_host=${DLP_ADMIN_HOST:-0.0.0.0}" \
    --set "dlp_admin_port=${DLP_ADMIN_PORT:-9090}" \
    "$@"
