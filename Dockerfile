# Build: docker build -t claimtrack .
# Run:   docker run --stop-timeout 45 -e SLACK_WEBHOOK_URL=... -v claimtrack:/var/lib/claimtrack claimtrack
#        (--stop-timeout: SIGTERM lets work in progress finish, up to run's --grace of 30s; docker's default is 10s)
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
COPY replace ./replace
RUN go mod download
COPY . .
ARG VERSION=dev
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" -o /out/claimtrack ./cmd/claimtrack
# The state folder, made here because the distroless image has no shell: a
# VOLUME whose folder the image lacks is created owned by root, and the
# nonroot user could not create the store in it.
RUN mkdir -p /out/state

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/claimtrack /usr/local/bin/claimtrack
COPY config.yaml /etc/claimtrack/config.yaml
COPY metrics /etc/claimtrack/metrics
COPY --from=build --chown=65532:65532 /out/state /var/lib/claimtrack
ENV CLAIMTRACK_CONFIG=/etc/claimtrack/config.yaml \
    CLAIMTRACK_STORE=/var/lib/claimtrack/claimtrack.db
VOLUME /var/lib/claimtrack
USER nonroot:nonroot
EXPOSE 9464
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s CMD ["/usr/local/bin/claimtrack", "health"]
ENTRYPOINT ["/usr/local/bin/claimtrack"]
CMD ["run"]
