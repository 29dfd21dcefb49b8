# syntax=docker/dockerfile:1

# Build: a static docpipe binary (every Go dependency is pure Go), so the
# runtime image needs no Go and no C libraries of ours; PDF and OCR work is
# done by Debian's poppler and Tesseract, installed below.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/docpipe ./cmd/docpipe

# Run: Debian's Tesseract 5 with English and orientation data for OCR,
# poppler-utils for pdfinfo/pdftotext/pdfimages/pdftoppm, and the readers of
# legacy formats (docs/formats.md): antiword and catdoc (Word 97-2003),
# libwpd-tools (WordPerfect), msgconvert with its Perl modules (Outlook .msg).
FROM debian:bookworm-slim
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd poppler-utils ca-certificates \
        antiword catdoc libwpd-tools libemail-outlook-message-perl libemail-address-perl \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 --home-dir /nonexistent --shell /usr/sbin/nologin docpipe
COPY --from=build /out/docpipe /usr/local/bin/docpipe
USER docpipe
# `docpipe run` by default; `docker compose run --rm docpipe dlq list` and the
# other subcommands work because the subcommand is the overridable CMD.
ENTRYPOINT ["docpipe"]
CMD ["run"]
