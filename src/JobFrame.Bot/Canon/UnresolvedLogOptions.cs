using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Canon;

/// <summary>
/// Where questions the canon could not answer are written (time, query text, state; never who asked). <see cref="Path"/>:
/// a JSON-lines file, one object a line; empty: no file. With <c>ConnectionStrings:Redis</c> set they also go to the
/// Redis stream <c>&lt;Redis:KeyPrefix&gt;unresolved</c>, capped at <see cref="StreamMaxLength"/> entries and
/// <see cref="StreamRetentionDays"/> days, which every instance shares. Ranked with `jobframe report unresolved`.
/// </summary>
public sealed class UnresolvedLogOptions
{
    public const string Section = "UnresolvedLog";

    public string Path { get; set; } = string.Empty;

    public bool Enabled => !string.IsNullOrWhiteSpace(Path);

    /// <summary>The most entries the Redis stream keeps (trimmed approximately, as XADD MAXLEN ~ does).</summary>
    [Range(1_000, 10_000_000)]
    public int StreamMaxLength { get; set; } = 100_000;

    /// <summary>How many days an entry stays in the Redis stream before it is trimmed.</summary>
    [Range(1, 3650)]
    public int StreamRetentionDays { get; set; } = 90;
}

/// <summary>Checks <see cref="UnresolvedLogOptions"/>'s data annotations.</summary>
[OptionsValidator]
internal sealed partial class UnresolvedLogOptionsAnnotations : IValidateOptions<UnresolvedLogOptions>;
