# JobFrame Bot: multi-stage image. The build stage has the SDK, clang (the native linker) and Node (the web chat assets
# are bundled with npm) and publishes the host ahead of time to one native executable; the final stage is Ubuntu
# chiseled runtime-deps (no shell, no package manager, no .NET runtime: the executable carries what it uses) and runs
# as its non-root user. The publish step below is the one bench/measure.sh and the tests run.
#   docker build -t jobframe-bot .
#   docker run -p 8080:8080 -e MicrosoftAppId=... -e MicrosoftAppPassword=... -e MicrosoftAppTenantId=... jobframe-bot

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends clang zlib1g-dev nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /source
COPY . .
RUN dotnet publish src/JobFrame.Bot/JobFrame.Bot.csproj -c Release -r linux-x64 -p:PublishAot=true -o /app

FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled AS final
WORKDIR /app
COPY --from=build /app .
# The bundled canon is at /app/canon; mount your own over it, or elsewhere with Canon__Directory=/path.
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["/app/JobFrame.Bot"]
