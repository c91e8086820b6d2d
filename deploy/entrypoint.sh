#!/bin/sh
# Container entry point: `dlp-proxy run` with the container's defaults.
#
# Every `dlp-proxy run` flag is also a DLP_<FLAG> environment variable (README,
# "Configuration"); this script only sets the defaults that differ in a container, each
# overridable by the variable: DLP_LISTEN_HOST and DLP_ADMIN_HOST 0.0.0.0 (publish the admin
# port with care), the policy, log, CA and NLP paths under /app. Secrets (DLP_REDIS_URL,
# DLP_JUSTIFY_KEY, DLP_EVIDENCE_KEY, DLP_PSEUDONYM_KEY, DLP_VAULT_KEY, ...) come from the environment.
#
# `run` (or no argument, or arguments starting with '-') starts the proxy, with any extra
# arguments appended (e.g. `--set dlp_audit_daily=true`); any other command is passed to
# dlp-proxy as is: `docker compose run --rm dlp-proxy audit verify /app/logs`.
set -eu

export DLP_LISTEN_HOST="${DLP_LISTEN_HOST:-0.0.0.0}"
export DLP_ADMIN_HOST="${DLP_ADMIN_HOST:-0.0.0.0}"
export DLP_POLICY="${DLP_POLICY:-/app/rules}"
export DLP_AUDIT_LOG="${DLP_AUDIT_LOG:-/app/logs/decisions.jsonl}"
export DLP_CERTS="${DLP_CERTS:-/app/certs}"
export DLP_NLP_CONFIG="${DLP_NLP_CONFIG:-/app/models/nlp.yaml}"

if [ "$#" -gt 0 ] && [ "$1" = "run" ]; then
    shift
elif [ "$#" -gt 0 ] && [ "${1#-}" = "$1" ]; then
    exec dlp-proxy "$@"
fi
exec dlp-proxy run "$@"
