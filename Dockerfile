# JobFrame Bot: multi-stage image. The build stage has the SDK and Node (the web chat assets are bundled with npm);
# the final stage has only the ASP.NET Core runtime and runs as the image's non-root user.
#   docker build -t jobframe-bot .
#   docker run -p 8080:8080 -e MicrosoftAppId=... -e MicrosoftAppPassword=... -e MicrosoftAppTenantId=... jobframe-bot

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /source
COPY . .
RUN dotnet publish src/JobFrame.Bot/JobFrame.Bot.csproj -c Release -o /app --no-self-contained

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
COPY --from=build /app .
# The bundled canon is at /app/canon; mount your own over it, or elsewhere with Canon__Directory=/path.
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "JobFrame.Bot.dll"]
