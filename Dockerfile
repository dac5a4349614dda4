# Builds and runs Clapboard. Vaadin's prebuilt production bundle is used, so no Node is needed.
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
RUN mvn -B -q -Pproduction -DskipTests package

FROM eclipse-temurin:21-jre
WORKDIR /app
COPY --from=build /src/target/clapboard-*.jar /app/clapboard.jar
ENV CLAPBOARD_DATA_DIR=/data
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/clapboard.jar"]
