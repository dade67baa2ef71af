namespace JobFrame.Bot.Tests.Fixtures;

/// <summary>The made-up bot registration every test host is configured with.</summary>
public static class TestIdentity
{
    public const string AppId = "6f3c2b1e-8d4a-4c7b-9e21-5a0d7c3b9f10";
    public const string AppPassword = "test-client-secret";
    public const string TenantId = "0b7e5c2a-41d9-4f3e-a8c6-92d1e4f7b305";
    public const string OtherTenantId = "f2e1d0c9-b8a7-4695-8473-625140302010";

    /// <summary>How Teams addresses the bot: <c>28:</c> and the app id.</summary>
    public const string BotChannelId = "28:" + AppId;
}
