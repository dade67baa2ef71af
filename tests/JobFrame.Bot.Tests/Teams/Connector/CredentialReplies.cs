using JobFrame.Bot.Tests.Fixtures;

namespace JobFrame.Bot.Tests.Teams.Connector;

/// <summary>
/// The plumbing of the credential tests: a host started without a client secret, one Teams message sent through it with
/// the Authorization header its reply carried to the connector, and environment variables set as an Azure host sets them.
/// </summary>
internal static class CredentialReplies
{
    public const string Section = "Connections:ServiceConnection:Settings:";

    /// <summary>A started host with no <c>MicrosoftAppPassword</c>, its settings changed by <paramref name="configure"/>.</summary>
    public static async Task<TeamsHost> StartWithoutSecretAsync(Action<IDictionary<string, string?>> configure)
    {
        var host = new ConfiguredTeamsHost((settings, _) =>
        {
            settings.Remove("MicrosoftAppPassword");
            configure(settings);
        });
        await host.InitializeAsync();
        return host;
    }

    /// <summary>Sends one Teams message through <paramref name="host"/> and returns the Authorization header its reply carried.</summary>
    public static async Task<string?> ReplyAuthorizationAsync(TeamsHost host)
    {
        var conversation = "a:" + Guid.NewGuid().ToString("N");
        var activity = TeamsPayloads.Load(TeamsPayloads.PersonalMessage, host.StandIns.ServiceUrl, conversation);
        var response = await host.PostActivityAsync(activity, host.StandIns.Tokens.Channel(host.StandIns.ServiceUrl));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return Assert.Single(await host.StandIns.WaitForPostsAsync(conversation, 1)).Authorization;
    }

    /// <summary>Runs <paramref name="test"/> with environment variables set as an Azure host sets them, then puts them back.</summary>
    public static async Task WithEnvironmentAsync(IReadOnlyDictionary<string, string?> variables, Func<Task> test)
    {
        var previous = variables.Keys.ToDictionary(name => name, Environment.GetEnvironmentVariable);
        try
        {
            foreach (var (name, value) in variables)
            {
                Environment.SetEnvironmentVariable(name, value);
            }

            await test();
        }
        finally
        {
            foreach (var (name, value) in previous)
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }
    }
}
