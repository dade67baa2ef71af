using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JobFrame.Bot.Tests.Fixtures;

/// <summary>What differs between the hosts tests start: environment, settings, clock, caller address and stand-ins.</summary>
public sealed class BotHostOptions
{
    /// <summary>The ASP.NET Core environment; "Testing" (neither Development nor Production) unless a test needs one of those.</summary>
    public string Environment { get; init; } = "Testing";

    /// <summary>Configuration keys and values (e.g. "Slack:BotToken"); a key left out is not configured at all.</summary>
    public IDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>The host's clock when the test drives it; null keeps the system clock (retry waits then pass in real time).</summary>
    public FakeTimeProvider? Time { get; init; }

    /// <summary>The address every request arrives from; null keeps the test server's own.</summary>
    public IPAddress? RemoteAddress { get; init; }

    /// <summary>Stand-ins put in place of the host's services (a recording handler, a client trusting a test certificate).</summary>
    public Action<IServiceCollection>? Services { get; init; }
}
