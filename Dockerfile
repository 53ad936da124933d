# Build stage: compile and package with Maven (tests run in CI, not in the image build).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY datasets datasets
RUN mvn -B -q package -DskipTests

# Run stage: a JRE and the jar, as an unprivileged user.
FROM eclipse-temurin:17-jre
RUN groupadd --system planner && useradd --system --gid planner --uid 10001 --home-dir /app planner
WORKDIR /app
COPY --from=build /src/target/alliance-planner-*.jar /app/alliance-planner.jar
RUN mkdir -p /app/data && chown -R planner:planner /app
# The embedded H2 database (plans, adopted plans, master data); mount it to keep it across containers.
VOLUME ["/app/data"]
USER planner
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/alliance-planner.jar"]
