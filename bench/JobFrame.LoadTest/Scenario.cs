namespace JobFrame.LoadTest;

/// <summary>One kind of request in the mix: its name in the report, how often it is sent, and the request itself.</summary>
internal sealed record Scenario(string Name, int Weight, Func<long, HttpRequestMessage> CreateRequest);
