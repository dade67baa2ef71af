namespace JobFrame.Bot.Tests.Fixtures;

/// <summary>A Teams host whose settings a test changes once the stand-ins are up (their addresses are known then).</summary>
public sealed class ConfiguredTeamsHost(Action<IDictionary<string, string?>, BotFrameworkStandIns> configure) : TeamsHost
{
    protected override void Configure(IDictionary<string, string?> settings) => configure(settings, StandIns);
}
