# dlp-proxy container: slim Python, non-root, the spaCy pipeline baked in at build time.
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY dlp_proxy ./dlp_proxy
RUN pip install . && useradd --system --uid 10001 --home-dir /app dlp
COPY rules ./rules
COPY models ./models
RUN mkdir -p /app/certs /app/logs && chown dlp /app/certs /app/logs
USER dlp
EXPOSE 8080
ENTRYPOINT ["dlp-proxy", "run", "--listen-host", "0.0.0.0"]
