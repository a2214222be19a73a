# gov-plan-monitor: `monitor serve` checks the sources on their schedules and delivers alerts.
#
#   docker build -t gov-plan-monitor .
#   docker run -d --name monitor -v monitor-state:/app/state \
#       -v "$PWD/monitor.toml:/app/monitor.toml:ro" --env-file monitor.env gov-plan-monitor
#
# README.md (Docker) says how to write monitor.toml and monitor.env and how to own a bind-mounted state/.
# The database lives in the volume /app/state. Secrets come from the environment (--env-file),
# never from monitor.toml.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    TZ=Asia/Shanghai \
    PATH=/app/.venv/bin:$PATH

WORKDIR /app
RUN useradd --create-home --uid 10001 --user-group monitor

# A Chinese font (5 MB): PDFium lays out the text of a PDF whose fonts are not embedded (宋体, STSong) with
# the system's fonts, and without one it drops Han characters standing alone between digits (到 2025 年).
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends fonts-wqy-microhei \
    && rm -rf /var/lib/apt/lists/*

# Dependencies first, in their own layer: editing the source does not reinstall them.
COPY pyproject.toml ./
RUN python3 -m venv .venv \
    && python3 -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" \
       > /tmp/requirements.txt \
    && .venv/bin/pip install -r /tmp/requirements.txt && rm /tmp/requirements.txt

# Then the product, a plain install: everything `monitor demo` needs ships in the package.
COPY README.md ./
COPY monitor ./monitor
COPY scrapers ./scrapers
RUN .venv/bin/pip install --no-deps . \
    && mkdir -p state && chown monitor:monitor state

USER monitor
VOLUME ["/app/state"]

# Healthy while the database can be read and no source has missed its scheduled check.
HEALTHCHECK --interval=5m --timeout=30s --start-period=1m --retries=3 CMD monitor status --check

CMD ["monitor", "serve"]
