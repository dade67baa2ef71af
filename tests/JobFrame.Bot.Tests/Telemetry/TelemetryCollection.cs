namespace JobFrame.Bot.Tests.Telemetry;

/// <summary>
/// The OTLP export tests run alone: an OpenTelemetry meter provider listens to every meter named <c>jobframe.bot</c> in
/// the process, so a Slack or Teams test host answering in parallel would add its questions to the counts under test.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry";
}
