using JobFrame.Bot.Tests.Fixtures;

namespace JobFrame.Bot.Tests.Teams.Connector;

/// <summary>Sends one Teams message through a host and returns the Authorization header its reply carried to the connector.</summary>
internal static class CredentialReplies
{
    public const string Section = "Connections:ServiceConnection:Settings:";

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
