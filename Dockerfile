# Build: docker build -t claimtrack .
# Run:   docker run -e SLACK_WEBHOOK_URL=... -v claimtrack:/var/lib/claimtrack claimtrack
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
COPY replace ./replace
RUN go mod download
COPY . .
ARG VERSION=dev
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" -o /out/claimtrack ./cmd/claimtrack

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/claimtrack /usr/local/bin/claimtrack
COPY config.yaml /etc/claimtrack/config.yaml
COPY metrics /etc/claimtrack/metrics
ENV CLAIMTRACK_CONFIG=/etc/claimtrack/config.yaml \
    CLAIMTRACK_STORE=/var/lib/claimtrack/claimtrack.db
VOLUME /var/lib/claimtrack
USER nonroot:nonroot
EXPOSE 9464
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s CMD ["/usr/local/bin/claimtrack", "health"]
ENTRYPOINT ["/usr/local/bin/claimtrack"]
CMD ["run"]
