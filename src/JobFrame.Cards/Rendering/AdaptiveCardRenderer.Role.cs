using JobFrame.Cards.Actions;
using JobFrame.Cards.AdaptiveCards;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Canon;

namespace JobFrame.Cards.Rendering;

public static partial class AdaptiveCardRenderer
{
    /// <summary>A taxonomy role's page: the plain-words header (codes, status and confidence behind "Why this match?"), summary, then story, components, aliases and mappings as collapsed lists.</summary>
    private static (List<CardElement> Body, List<CardAction> Actions) Role(RoleAnswer answer, CardRenderOptions options)
    {
        var role = answer.Role;
        var body = PlainHeader(answer.Profile, answer.Resolution, "role-why");
        if (role.Summary is not null)
        {
            body.Add(CardParts.Text(role.Summary));
        }

        var sections = new List<(string Title, IList<CardElement> Items)>();
        if (StoryItems(role.Story) is { Count: > 0 } story)
        {
            sections.Add((CardWords.Story, story));
        }

        foreach (var component in role.Components.Where(c => c.Items.Count > 0))
        {
            sections.Add((component.Kind, [.. component.Items.Select(item => CardParts.Text("• " + item))]));
        }

        if (role.TitleAliases.Count > 0)
        {
            sections.Add((CardWords.TitleAliases, [new FactSet { Facts = [.. role.TitleAliases.Select(a => CardParts.Fact(a.Alias, a.Type + ", " + a.Confidence))] }]));
        }

        if (role.Classifications.Count > 0)
        {
            sections.Add((CardWords.Classifications, [new FactSet { Facts = [.. role.Classifications.Select(c => CardParts.Fact(c.Scheme + " " + c.Code, c.Title + (c.Source is null ? string.Empty : " (" + c.Source + ")")))] }]));
        }

        // Collapsed lists: each button opens its list right under itself. One button per action set keeps every
        // set far under Teams' six actions however many lists a role has.
        for (var i = 0; i < sections.Count; i++)
        {
            var (title, items) = sections[i];
            var (list, toggle) = CardParts.Collapsed("role-section-" + (i + 1), title, items);
            body.Add(CardParts.Buttons([toggle], i == 0 ? Spacing.Medium : Spacing.Small));
            body.Add(list);
        }

        List<CardAction> actions =
        [
            CardParts.Bot(options, CardWords.GoalsForRole, CardFills.Carry(ActionPayloads.Goals(answer.Profile.Code), answer.Fills)),
            CardParts.Bot(options, CardWords.LevelDetails, CardFills.Carry(ActionPayloads.LevelOfProfile(answer.Profile.Code), answer.Fills)),
        ];
        return (body, actions);
    }

    private static List<CardElement> StoryItems(RoleStory? story)
    {
        var items = new List<CardElement>();
        if (story is null)
        {
            return items;
        }

        void Add(string label, string? text)
        {
            if (text is not null)
            {
                items.Add(CardParts.Labelled(label + ":", text));
            }
        }

        Add(CardWords.WhoDoesThisWork, story.WhoDoesThisWork);
        Add(CardWords.ExternalProblem, story.ExternalProblem);
        Add(CardWords.InternalProblem, story.InternalProblem);
        Add(CardWords.WhyItMatters, story.WhyItMatters);
        for (var i = 0; i < story.Plan.Count; i++)
        {
            Add(CardWords.Plan + " " + (i + 1), story.Plan[i]);
        }

        Add(CardWords.WhatsAtStake, story.WhatsAtStake);
        Add(CardWords.SuccessLooksLike, story.SuccessLooksLike);
        return items;
    }
}
