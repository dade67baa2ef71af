using System.Text;
using JobFrame.Cards.Actions;
using JobFrame.Cards.BlockKit;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Canon;

namespace JobFrame.Cards.Rendering;

public static partial class BlockKitRenderer
{
    /// <summary>A taxonomy role in plain words (its code, status and confidence under "Why this match?" near the end), summary, story, each component list, aliases and mappings.</summary>
    private static List<Block> Role(RoleAnswer answer)
    {
        var role = answer.Role;
        var blocks = new List<Block>(PlainHeader(answer.Profile, answer.Profile.Track));
        if (role.Summary is not null)
        {
            blocks.Add(SlackParts.Section(Mrkdwn.Escape(role.Summary)));
        }

        AddList(blocks, CardWords.Story, StoryLines(role.Story));
        foreach (var component in role.Components)
        {
            AddList(blocks, component.Kind, component.Items.Select(i => "• " + Mrkdwn.Escape(i)));
        }

        AddList(blocks, CardWords.TitleAliases, role.TitleAliases.Select(a => "• " + Mrkdwn.Escape(a.Alias + " (" + a.Type + ", " + a.Confidence + ")")));
        AddList(blocks, CardWords.Classifications, role.Classifications.Select(c =>
            "• " + Mrkdwn.Escape(c.Scheme + " " + c.Code + " " + c.Title + (c.Source is null ? string.Empty : " (" + c.Source + ")"))));
        blocks.Add(WhyThisMatch(answer.Profile, answer.Resolution));
        blocks.AddRange(SlackParts.Actions(
        [
            SlackParts.Button("goals", CardWords.GoalsForRole, ActionPayloads.Goals(answer.Profile.Code)),
            SlackParts.Button("level", CardWords.LevelDetails, ActionPayloads.LevelOfProfile(answer.Profile.Code)),
        ]));
        return blocks;
    }

    /// <summary>A heading and its lines, in as many sections as the text needs; nothing for an empty list.</summary>
    private static void AddList(List<Block> blocks, string heading, IEnumerable<string> lines)
    {
        var text = new StringBuilder(SlackParts.Bold(heading));
        var any = false;
        foreach (var line in lines)
        {
            text.Append('\n').Append(line);
            any = true;
        }

        if (any)
        {
            blocks.AddRange(SlackParts.Chunks(text.ToString()).Select(SlackParts.Section));
        }
    }

    private static IEnumerable<string> StoryLines(RoleStory? story)
    {
        if (story is null)
        {
            yield break;
        }

        (string Label, string? Text)[] fields =
        [
            (CardWords.WhoDoesThisWork, story.WhoDoesThisWork),
            (CardWords.ExternalProblem, story.ExternalProblem),
            (CardWords.InternalProblem, story.InternalProblem),
            (CardWords.WhyItMatters, story.WhyItMatters),
            .. story.Plan.Select((step, i) => (CardWords.Plan + " " + (i + 1), (string?)step)),
            (CardWords.WhatsAtStake, story.WhatsAtStake),
            (CardWords.SuccessLooksLike, story.SuccessLooksLike),
        ];
        foreach (var (label, text) in fields)
        {
            if (text is not null)
            {
                yield return SlackParts.Bold(label + ":") + " " + Mrkdwn.Escape(text);
            }
        }
    }
}
