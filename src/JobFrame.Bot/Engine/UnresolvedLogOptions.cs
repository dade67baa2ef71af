namespace JobFrame.Bot.Engine;

/// <summary>
/// Where questions the canon could not answer are written, one JSON object a line (time, query text, state; never
/// who asked). Empty: not written. Ranked with `jobframe report unresolved --log &lt;file&gt;`.
/// </summary>
public sealed class UnresolvedLogOptions
{
    public const string Section = "UnresolvedLog";

    public string Path { get; set; } = string.Empty;

    public bool Enabled => !string.IsNullOrWhiteSpace(Path);
}
