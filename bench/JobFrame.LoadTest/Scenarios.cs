using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace JobFrame.LoadTest;

/// <summary>
/// The realistic mix: mostly goal questions, then levels, comparisons, titles that need a choice and titles the canon
/// does not cover. Each simulated user has a personal conversation of its own.
/// </summary>
internal static class Scenarios
{
    public const string MessagesPath = "api/messages";
    public const string HealthPath = "healthz";

    // Enough people that none of them passes the per-user chat rate limit (30 a minute) at the rates the driver runs:
    // 500 messages/s is 1.5 a minute each, and a minute at a saturated 6,000/s is 18 a minute each.
    private const int SimulatedUsers = 20_000;
    private const string BotId = "28:00000000-0000-0000-0000-000000000000";

    public static IReadOnlyList<Scenario> Messages(Uri baseUrl) =>
    [
        Message(baseUrl, "goals", 40, "goals for Senior ML Engineer"),
        Message(baseUrl, "level", 20, "level P3"),
        Message(baseUrl, "compare", 15, "compare P3 and P4"),
        Message(baseUrl, "needs-review", 15, "goals for ML Engineer"),
        Message(baseUrl, "no-match", 10, "goals for VP of Sales"),
    ];

    public static Scenario Health(Uri baseUrl) =>
        new("healthz", 1, _ => new HttpRequestMessage(HttpMethod.Get, new Uri(baseUrl, HealthPath)));

    private static Scenario Message(Uri baseUrl, string name, int weight, string text) =>
        new(name, weight, sequence =>
        {
            var user = (sequence % SimulatedUsers).ToString(CultureInfo.InvariantCulture);
            var activity = new LoadActivity
            {
                Id = "load-" + sequence.ToString(CultureInfo.InvariantCulture),
                ServiceUrl = baseUrl.AbsoluteUri,
                From = new LoadAccount("29:load-user-" + user, "Load user " + user),
                Recipient = new LoadAccount(BotId, "JobFrame"),
                Conversation = new LoadConversation("a:load-" + user, "personal"),
                Text = text,
            };
            // Sent with its Content-Length, as the Bot Framework Connector sends activities (not chunked).
            var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(activity, LoadJsonContext.Default.LoadActivity));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            return new HttpRequestMessage(HttpMethod.Post, new Uri(baseUrl, MessagesPath)) { Content = content };
        });

    /// <summary>The scenarios laid out so that every run of <c>Σ weights</c> sends each one in proportion, evenly spread.</summary>
    public static IReadOnlyList<Scenario> Interleave(IReadOnlyList<Scenario> scenarios)
    {
        var total = scenarios.Sum(s => s.Weight);
        var credit = new double[scenarios.Count];
        var order = new List<Scenario>(total);
        for (var slot = 0; slot < total; slot++)
        {
            // Smooth weighted round robin: everyone earns their weight, the richest is sent and pays the total.
            for (var i = 0; i < scenarios.Count; i++)
            {
                credit[i] += scenarios[i].Weight;
            }

            var next = Array.IndexOf(credit, credit.Max());
            credit[next] -= total;
            order.Add(scenarios[next]);
        }

        return order;
    }
}
