using System.Text.RegularExpressions;
using JobFrame.Engine.Frames;

namespace JobFrame.Engine.Commands;

/// <summary>
/// The common ways managers phrase the bot's intents ("What's the difference between P3 and P4?", "I need OKRs for a
/// senior ML engineer", "what does a data scientist do"). Each phrasing is an anchored pattern whose groups name the
/// subject (and the second subject of a comparison, and the frame); the words around the subject are the phrasing's
/// own and are dropped. What no phrasing explains is left for <see cref="CommandParser"/>'s lead words and then for
/// title resolution to judge.
/// </summary>
internal static partial class Phrasings
{
    // The frame names a manager types: "OKRs", "objectives and key results", "SMART goals", "MBO areas", "scorecard".
    private const string Frame =
        @"(?<frame>okrs?|objectives\s+(?:and|&)\s+key\s+results|smart\s+(?:goals?|objectives)|mbos?(?:\s+areas?)?|management\s+by\s+objectives?|(?:balanced\s+)?score\s?cards?)";

    // Goal nouns that mean "goal frames", whichever frame.
    private const string Goals =
        @"(?:(?:performance\s+|development\s+|annual\s+|quarterly\s+)?goals?(?:\s+(?:templates?|frames?|ideas))?|objectives|targets)";

    // A level code as canons print them: P3, M2, E10, IC4.
    private const string LevelCode = @"(?<s>[a-z]{1,2}\d{1,2})";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>One phrasing: its pattern (groups s, o, frame, rest) and the intent it expresses.</summary>
    private sealed record Phrasing(Regex Pattern, CommandIntent Intent);

    private static readonly Phrasing[] All =
    [
        // Comparisons.
        new(Anchored(@"(?:(?:what(?:'s|\s+is|\s+are)|tell\s+me|explain|show)\s+)?(?:the\s+)?(?:main\s+|key\s+|real\s+)?(?:differences?|gap|changes?)\s+(?:is\s+there\s+)?between\s+(?<s>.+?)\s+(?:and|vs\.?|versus|&)\s+(?<o>.+)"), CommandIntent.Compare),
        new(Anchored(@"how\s+(?:does|do|is|are)\s+(?<s>.+?)\s+(?:differ|different)\s+(?:from|to|than)\s+(?<o>.+)"), CommandIntent.Compare),
        new(Anchored(@"how\s+(?:does|do|is|are)\s+(?<s>.+?)\s+compared?\s+(?:to|with|against)\s+(?<o>.+)"), CommandIntent.Compare),
        new(Anchored(@"what\s+(?:separates|distinguishes)\s+(?<s>.+?)\s+from\s+(?<o>.+)"), CommandIntent.Compare),
        new(Anchored(@"(?:what\s+changes\s+|what\s+does\s+it\s+take\s+to\s+(?:go|get|move)\s+|(?:going|moving|promotion|step(?:ping)?\s+up)\s+)from\s+(?<s>.+?)\s+(?:to|into)\s+(?<o>.+)"), CommandIntent.Compare),
        new(Anchored(@"(?:compare|contrast)\s+(?<rest>.+)"), CommandIntent.Compare),
        new(Anchored(@"(?<s>.+?)\s+(?:vs\.?|versus|compared\s+(?:to|with))\s+(?<o>.+)"), CommandIntent.Compare),

        // A frame named: "OKRs for X", "X OKRs", "goals for X as OKRs".
        new(Anchored(Goals + @"\s+(?:for\s+)?(?<s>.+?)\s+(?:as|in)\s+(?:an?\s+)?" + Frame + @"(?:\s+format)?"), CommandIntent.Goals),
        new(Anchored(@"(?:(?:some|the|a\s+few|a\s+set\s+of|an?)\s+)?" + Frame + @"(?:\s+(?:goals?|templates?|frames?))?(?:\s*[:,-]\s*|\s+(?:for|of)\s+|\s+)(?<s>.+)"), CommandIntent.Goals),
        new(Anchored(@"(?<s>.+?)(?:'s)?\s+" + Frame + @"(?:\s+(?:goals?|templates?))?"), CommandIntent.Goals),

        // Goals, whichever frame.
        new(Anchored(@"what\s+(?:goals?|objectives|targets)\s+(?:can|could|should)\s+(?:i|we)\s+(?:set|give)\s+(?:for\s+|to\s+)?(?<s>.+)"), CommandIntent.Goals),
        new(Anchored(@"what\s+should\s+(?<s>.+?)\s+(?:be\s+)?(?:working\s+on|aiming\s+for|aim\s+for|focus(?:ing)?\s+on|achieve|deliver|be\s+doing)(?:\s+this\s+(?:year|quarter|half|cycle))?"), CommandIntent.Goals),
        new(Anchored(@"(?:(?:some|the|a\s+few|a\s+set\s+of)\s+)?" + Goals + @"(?:\s*[:,-]\s*|\s+(?:for|of)\s+|\s+)(?<s>.+)"), CommandIntent.Goals),
        new(Anchored(@"(?<s>.+?)(?:'s)?\s+" + Goals), CommandIntent.Goals),

        // Levels.
        new(Anchored(@"what\s+(?:level|grade|band)\s+(?:is|are|would\s+be|should\s+be)\s+(?<s>.+)"), CommandIntent.Level),
        new(Anchored(@"how\s+senior\s+is\s+(?<s>.+)"), CommandIntent.Level),
        new(Anchored(@"what\s+(?:does|do)\s+(?:level\s+)?(?<s>.+?)\s+mean"), CommandIntent.Level),
        new(Anchored(@"(?:what(?:'s|\s+is|\s+are)\s+)?(?:the\s+)?(?:expected|expectations?|bars?|level\s+bars?)\s+(?:at|for|of)\s+(?<s>.+)"), CommandIntent.Level),
        new(Anchored(@"(?:what(?:'s|\s+is)\s+)?(?:the\s+)?level\s+(?:of|for)\s+(?<s>.+)"), CommandIntent.Level),
        new(Anchored(@"(?:what(?:'s|\s+is)|describe|explain|define|tell\s+me\s+about)\s+(?:level\s+)?" + LevelCode), CommandIntent.Level),
        new(Anchored(LevelCode + @"\s+(?:level(?:\s+(?:bars?|details))?|bars?)"), CommandIntent.Level),
        new(Anchored(@"(?:level\s+details|level\s+bars)(?:\s*[:,-]\s*|\s+(?:for|of)\s+|\s+)(?<s>.+)"), CommandIntent.Level),

        // Roles.
        new(Anchored(@"what\s+(?:does|do)\s+(?<s>.+?)\s+(?:do|own|look\s+like)"), CommandIntent.Role),
        new(Anchored(@"(?:the\s+)?(?:role|job)\s+(?:profile|description|page)\s+(?:for|of)\s+(?<s>.+)"), CommandIntent.Role),
        new(Anchored(@"(?<s>.+?)\s+(?:role\s+profile|role\s+description|job\s+description|profile)"), CommandIntent.Role),
        new(Anchored(@"(?:tell\s+me\s+about|describe|explain|what\s+is|what's|who\s+is)\s+(?:the\s+)?(?:role\s+(?:of\s+)?)?(?<s>.+?)(?:\s+role)?"), CommandIntent.Role),
    ];

    // Asking what the bot does, however it is put.
    [GeneratedRegex(@"^(?:help(?:\s+me)?|how\s+(?:does\s+(?:this|it)\s+work|do\s+(?:i|we)\s+use\s+(?:this|you|it|the\s+bot))|what\s+(?:can|do)\s+you\s+do|what\s+(?:can|should)\s+i\s+ask(?:\s+you)?|who\s+are\s+you|what\s+are\s+you|commands|usage|options|examples|instructions|get(?:ting)?\s+started|start|menu|hi|hello|hey|good\s+(?:morning|afternoon|evening)|thanks|thank\s+you)(?:\s+there)?$", Options)]
    private static partial Regex HelpPattern();

    // Greetings and courtesies before the request: "hi,", "hey bot", "ok so", "please".
    [GeneratedRegex(@"^(?:(?:hi|hello|hey|ok|okay|so|um|yo)(?:\s+(?:there|bot|jobframe))?\s*[,!]?\s+|please\s+)", Options)]
    private static partial Regex Greeting();

    // Courtesies after it: "please", "thanks".
    [GeneratedRegex(@"\s*,?\s+(?:please|pls|thanks|thank\s+you|thx)$", Options)]
    private static partial Regex TrailingCourtesy();

    // Requests that wrap the question: "can you", "I need", "give me", "help me write".
    [GeneratedRegex(@"^(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?:give\s+me\s+|show\s+me\s+|get\s+me\s+|find\s+me\s+|help\s+me\s+(?:with\s+|write\s+|set\s+|draft\s+)?)?|(?:can|could|may)\s+i\s+(?:please\s+)?(?:get|see|have)\s+|i(?:'d|\s+would)\s+like\s+(?:to\s+(?:see|get|have)\s+)?|(?:i|we)\s+(?:need|want)\s+(?:to\s+(?:see|get|write|set|draft)\s+)?|(?:give|show|get|send|find|bring)\s+me\s+|help\s+me\s+(?:with\s+|write\s+|set\s+|draft\s+|create\s+)?|let(?:'s|s|\s+me)\s+(?:see|do|look\s+at)\s+|(?:i'm|i\s+am)\s+looking\s+for\s+|looking\s+for\s+)", Options)]
    private static partial Regex Request();

    // A bare imperative before the request ("draft OKRs for ...", "list goals for ..."): dropped only when the rest is a phrasing.
    [GeneratedRegex(@"^(?:show|list|draft|write|set|create|make|generate|suggest|prepare|build|display|fetch|pull\s+up|look\s+up)\s+", Options)]
    private static partial Regex Imperative();

    // Words around a subject that are not part of a title: "for a", "my", "on my team", "I manage".
    [GeneratedRegex(@"^(?:(?:for|of|on|about|to)\s+)?(?:(?:an?|the|my|our|your|this|that|someone\s+who\s+is\s+(?:an?\s+)?)\s+)?", Options)]
    private static partial Regex SubjectOpening();

    [GeneratedRegex(@"(?:\s+(?:role|position|job|title))?(?:\s+(?:on|in)\s+(?:my|our|the)\s+team|\s+(?:i|we)\s+(?:manage|lead|have|hired)|\s+who\s+reports\s+to\s+me)?$", Options)]
    private static partial Regex SubjectEnding();

    [GeneratedRegex(@"[\s?!.,;:]+$", Options)]
    private static partial Regex TrailingPunctuation();

    /// <summary>
    /// The question without its wrapping: closing punctuation, greetings, courtesies and request phrases
    /// ("Can you please give me ...?") removed. Curly apostrophes become straight ones.
    /// </summary>
    public static string Unwrap(string text)
    {
        var current = text.Replace('\u2019', '\'');
        string previous;
        do
        {
            previous = current;
            current = TrailingPunctuation().Replace(current, string.Empty);
            current = TrailingCourtesy().Replace(current, string.Empty);
            if (IsHelp(current))
            {
                break;
            }

            if (Greeting().Match(current) is { Success: true } greeting && greeting.Length < current.Length)
            {
                current = current[greeting.Length..];
            }

            if (Request().Match(current) is { Success: true, Length: > 0 } request && request.Length < current.Length)
            {
                current = current[request.Length..];
            }
        }
        while (current != previous);

        return current.Trim();
    }

    /// <summary>True when the unwrapped question asks what the bot does.</summary>
    public static bool IsHelp(string unwrapped) => HelpPattern().IsMatch(unwrapped);

    /// <summary>The command a phrasing expresses, or null when none explains the question.</summary>
    public static ChatCommand? Match(string unwrapped)
    {
        foreach (var phrasing in All)
        {
            var match = phrasing.Pattern.Match(unwrapped);
            if (!match.Success)
            {
                continue;
            }

            if (match.Groups["rest"] is { Success: true } rest)
            {
                return CommandParser.ParseCompare(rest.Value);
            }

            var subject = CleanSubject(match.Groups["s"].Value);
            if (subject.Length == 0)
            {
                continue;
            }

            var other = match.Groups["o"] is { Success: true } o ? CleanSubject(o.Value) : null;
            var frame = match.Groups["frame"] is { Success: true } f ? FrameOf(f.Value) : (FrameKind?)null;
            return new ChatCommand(phrasing.Intent, subject, other, frame);
        }

        return null;
    }

    /// <summary>
    /// The question after a bare imperative ("draft OKRs for ...", "show level P3"), or null when it opens with none.
    /// The caller keeps the verb unless what follows is a command, so a title such as "Set Designer" is never cut.
    /// </summary>
    public static string? AfterImperative(string unwrapped) =>
        Imperative().Match(unwrapped) is { Success: true } verb && verb.Length < unwrapped.Length ? unwrapped[verb.Length..] : null;

    /// <summary>A subject without the words around it that no title has ("a", "my", "on my team", "role").</summary>
    public static string CleanSubject(string subject)
    {
        var text = subject.Trim();
        var opening = SubjectOpening().Match(text);
        if (opening.Length > 0 && opening.Length < text.Length)
        {
            text = text[opening.Length..];
        }

        var ending = SubjectEnding().Match(text);
        if (ending.Length > 0 && ending.Index > 0)
        {
            text = text[..ending.Index];
        }

        return text.Trim();
    }

    private static FrameKind FrameOf(string words)
    {
        var lower = words.ToLowerInvariant();
        return lower switch
        {
            _ when lower.StartsWith("okr", StringComparison.Ordinal) || lower.StartsWith("objectives", StringComparison.Ordinal) => FrameKind.Okr,
            _ when lower.StartsWith("smart", StringComparison.Ordinal) => FrameKind.Smart,
            _ when lower.StartsWith("mbo", StringComparison.Ordinal) || lower.StartsWith("management", StringComparison.Ordinal) => FrameKind.Mbo,
            _ => FrameKind.Scorecard,
        };
    }

    private static Regex Anchored(string pattern) => new("^(?:" + pattern + ")$", Options);
}
