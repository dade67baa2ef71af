using FsCheck;
using FsCheck.Fluent;

namespace JobFrame.Engine.Tests.Properties;

/// <summary>
/// Generators for what a chat box can deliver: random Unicode (including surrogates, control and bidi characters),
/// markdown and mrkdwn metacharacters, Slack and Teams mention syntax, and strings far over every limit.
/// </summary>
internal static class HostileInput
{
    private static readonly string[] Fragments =
    [
        "goals for", "level", "compare", "and", "vs", "role", "help", "okrs for", "Senior", "ML", "Engineer", "P3", "P4",
        "<!channel>", "<!here>", "<@U123>", "<https://x.example|click>", "**bold**", "_it_", "~s~", "`code`", "```",
        "[x](https://x.example)", "# heading", "> quote", "- item", "1. item", "&amp;", "<at>JobFrame</at>", "&nbsp;",
        "\u0000", "\u0007", "\u202E", "\u200B", "\uFEFF", "\uD800", "\uDC00", "😀", "Ⅲ", "ＭＬ", "\r\n", "\t", "\"", "'", ",",
    ];

    /// <summary>Messages assembled from hostile fragments and random Unicode, up to a few thousand characters.</summary>
    public static Arbitrary<string> Messages =>
        Gen.OneOf(
                Gen.Elements(Fragments).ArrayOf().Select(parts => string.Join(' ', parts)),
                ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty),
                Gen.Choose(1_990, 6_000).Select(n => new string('x', n)))
            .ToArbitrary();
}
