namespace JobFrame.Bot.Telemetry;

/// <summary>The bot's own meter, activity source, instruments and attributes, as docs/OPERATIONS.md lists them.</summary>
public static class BotTelemetryNames
{
    /// <summary>The meter and the activity source.</summary>
    public const string Source = "jobframe.bot";

    public const string Questions = "jobframe.questions";
    public const string AnswerDuration = "jobframe.answer.duration";
    public const string OutboundFailures = "jobframe.outbound.failures";
    public const string OutboundRateLimited = "jobframe.outbound.rate_limited";
    public const string ChatRateLimited = "jobframe.chat.rate_limited";
    public const string CanonReloads = "jobframe.canon.reloads";
    public const string CanonInService = "jobframe.canon.in_service";

    public const string FaceAttribute = "jobframe.face";
    public const string OutcomeAttribute = "jobframe.outcome";
    public const string RemoteAttribute = "jobframe.remote";
    public const string ErrorTypeAttribute = "error.type";
    public const string ReloadResultAttribute = "jobframe.canon.reload.result";
    public const string CanonNameAttribute = "jobframe.canon.name";
    public const string CanonVersionAttribute = "jobframe.canon.version";
    public const string CanonFingerprintAttribute = "jobframe.canon.fingerprint";

    /// <summary>The span around answering one question: <c>jobframe.question {face}</c>.</summary>
    public static string QuestionSpan(string face) => "jobframe.question " + face;
}
