# gov-plan-monitor: `monitor serve` checks the sources on their schedules and delivers alerts.
#
#   docker build -t gov-plan-monitor .
#   docker run -d --name monitor -v monitor-state:/app/state \
#       -v "$PWD/monitor.toml:/app/monitor.toml:ro" --env-file monitor.env gov-plan-monitor
#
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

# A virtualenv and a plain install of the package: everything `monitor demo` needs ships in it.
COPY pyproject.toml README.md ./
COPY monitor ./monitor
COPY scrapers ./scrapers
RUN python3 -m venv .venv && .venv/bin/pip install . \
    && mkdir -p state && chown monitor:monitor state

USER monitor
VOLUME ["/app/state"]

# Healthy while the database can be read and no source has missed its scheduled check.
HEALTHCHECK --interval=5m --timeout=30s --start-period=1m --retries=3 CMD monitor status --check

CMD ["monitor", "serve"]
