# The production image: slim Python, dependencies from the hashed lock file, a non-root user.

# Browser assets (plotly.js's strict bundle, the world topojson) from package-lock.json; they
# are served as our own static files, so collectstatic below needs them.
FROM node:20-slim AS assets
WORKDIR /assets
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 DJANGO_ENV=production VAR_DIR=/app/var
WORKDIR /app

COPY requirements/base.lock requirements/base.lock
RUN pip install --no-cache-dir --require-hashes -r requirements/base.lock

COPY . .
COPY --from=assets /assets/node_modules node_modules
# Static files are collected at build time, with a throwaway key that never leaves the build.
RUN SECRET_KEY=build-only ALLOWED_HOSTS=build python manage.py collectstatic --noinput -v0 \
    && useradd --system --uid 10001 --home-dir /app unitar \
    && mkdir -p /app/var/metrics && chown -R unitar /app/var

USER unitar
EXPOSE 8000
# No gunicorn access log: the app logs each request as JSON, with its request id.
CMD ["gunicorn", "unitar_site.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--error-logfile", "-"]
