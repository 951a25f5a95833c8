# Iton in a container: `docker build -t iton .` then
#   docker run -p 8080:8080 -v iton-data:/data iton                      (embedded H2 under /data)
#   docker run -p 8080:8080 -v iton-media:/data -e ITON_DB_URL=jdbc:postgresql://db:5432/iton \
#              -e ITON_DB_USER=iton -e ITON_DB_PASSWORD=… iton               (PostgreSQL)
# Settings are the README's environment variables.

# --- Build: the JDK, Maven through the wrapper, and npm for the newsroom editor (Quill).
FROM eclipse-temurin:25-jdk AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY src/ src/
RUN ./mvnw -B -q -DskipTests package \
 && cp target/iton-*.jar /iton.jar

# --- Run: a Java 25 JRE (on Java 24 and newer requests start on virtual threads: README, Configuration),
# curl for the health check, and a user without a login shell or root rights.
FROM eclipse-temurin:25-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system iton \
 && useradd --system --gid iton --home-dir /data --no-create-home --shell /usr/sbin/nologin iton \
 && mkdir -p /data /app \
 && chown iton:iton /data
COPY --from=build /iton.jar /app/iton.jar
USER iton
WORKDIR /data
# The database (H2), the search index and uploaded media live under /data: keep it on a volume.
ENV ITON_DATA_DIR=/data \
    PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
VOLUME ["/data"]
EXPOSE 8080
# Ready = the database and the search index answer. With MANAGEMENT_SERVER_PORT set, health is there.
HEALTHCHECK --interval=30s --timeout=5s --start-period=180s --retries=3 \
  CMD curl -fsS "http://127.0.0.1:${MANAGEMENT_SERVER_PORT:-$PORT}/actuator/health/readiness" >/dev/null || exit 1
# `docker stop` sends SIGTERM: requests under way finish (ITON_SHUTDOWN_TIMEOUT, 30 s), then the
# process stops. Give it that long: `docker stop -t 40`.
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-jar", "/app/iton.jar"]
