using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.SharedState;

/// <summary>
/// How the bot uses Redis once <c>ConnectionStrings:Redis</c> is set: the prefix of every key it writes (so one Redis
/// can serve several bots or environments) and how long it answers from memory after Redis failed before trying again.
/// </summary>
public sealed class RedisOptions
{
    public const string Section = "Redis";

    /// <summary>The name of the connection string (<c>ConnectionStrings:Redis</c>, <c>ConnectionStrings__Redis</c> in the environment).</summary>
    public const string ConnectionStringName = "Redis";

    /// <summary>
    /// The StackExchange.Redis configuration string, read from <c>ConnectionStrings:Redis</c>; empty: shared state
    /// stays in this instance's memory.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Put in front of every key and stream name, such as <c>jobframe:slack:event:Ev123</c>.</summary>
    [Required]
    [RegularExpression(@"^[A-Za-z0-9_.:\-]{1,64}$")]
    public string KeyPrefix { get; set; } = "jobframe:";

    /// <summary>After a failed Redis call, seconds spent answering from memory before Redis is tried again.</summary>
    [Range(0, 300)]
    public int OutageRetrySeconds { get; set; } = 5;
}

/// <summary>Checks <see cref="RedisOptions"/>'s data annotations.</summary>
[OptionsValidator]
internal sealed partial class RedisOptionsAnnotations : IValidateOptions<RedisOptions>;
