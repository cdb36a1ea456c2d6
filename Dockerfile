# CakeFlow image: built from source with the Maven wrapper, run on a JRE 17.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src src
COPY processes processes
RUN ./mvnw -B -ntp -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system cakeflow
COPY --from=build /src/target/cakeflow-*.jar /app/cakeflow.jar
USER cakeflow
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/cakeflow.jar"]
