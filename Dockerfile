# The dashboard for a team server (SECURITY.md, "Deploying for a team").
#   docker build -t it-sourcing .
#   docker run --init -p 8501:8501 it-sourcing
# With a sign-in, mount the secrets read-only:
#   -v /etc/it-sourcing/secrets.toml:/app/.streamlit/secrets.toml:ro
# The build runs only the Makefile's targets, the ones CI runs; the image (Debian's full Python
# image: it has make) installs nothing any other way. The server runs as `nobody`, not root,
# and cannot change the application's files.
FROM python:3.11-bookworm
WORKDIR /app
COPY . .
RUN make install
ENV HOME=/tmp PORT=8501 ADDRESS=0.0.0.0
USER nobody
EXPOSE 8501
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD ["python3", "-c", "import os, sys, urllib.request; u = 'http://127.0.0.1:%s/_stcore/health' % os.environ['PORT']; sys.exit(urllib.request.urlopen(u, timeout=4).read().strip() != b'ok')"]
CMD ["make", "serve"]
