# Builds the application from this repository and runs it on the "mariadb" profile.
FROM maven:3.9-eclipse-temurin-17 AS build
# Node.js and npm: the build installs the rules editor (dmn-js) from the npm registry, as src/main/frontend/package-lock.json pins it
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY bpmn bpmn
COPY dmn dmn
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app warmaid
WORKDIR /app
COPY --from=build /src/target/warm-aid-*.jar /app/warm-aid.jar
USER warmaid
EXPOSE 8080
ENV SPRING_PROFILES_ACTIVE=mariadb \
    JAVA_OPTS="-Xms512m -Xmx1g -XX:+UseG1GC"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/warm-aid.jar"]
