using Microsoft.Identity.Client;

namespace JobFrame.Bot.Teams.Connector;

/// <summary>Gives MSAL the host's named token HttpClient, so its timeout, handlers and telemetry apply to token requests too.</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(BotTokenProvider.HttpClientName);
}
