using System.Text.Json;
using System.Text.Json.Nodes;
using JobFrame.Bot.Teams.Schema;
using JobFrame.Cards.Actions;
using JobFrame.Cards.AdaptiveCards;

namespace JobFrame.Bot.Teams.Handlers;

/// <summary>
/// Reads what a card button sent back (an Action.Submit <c>value</c>, or an Action.Execute's verb and data) into the
/// cards' payload model. Anything that is not a payload object reads as null: the caller answers with help.
/// </summary>
internal static class CardActionPayload
{
    private const string VerbProperty = "verb";

    /// <summary>An Action.Submit: the activity's value is the button's data merged with the card's inputs.</summary>
    public static CardActionData? FromSubmit(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        try
        {
            return AdaptiveCardSerializer.DeserializeActionData(value);
        }
        catch (JsonException)
        {
            // Behaviour, not failure handling: a payload of another shape is an unrecognised button, answered with help.
            return null;
        }
    }

    /// <summary>An Action.Execute: the data, with the action's own verb when the data does not name one.</summary>
    public static CardActionData? FromExecute(JsonElement? invokeValue)
    {
        if (invokeValue is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        try
        {
            var action = value.Deserialize(BotFrameworkJsonContext.Default.AdaptiveCardInvokeValue)?.Action;
            if (action is null)
            {
                return null;
            }

            var data = action.Data is { ValueKind: JsonValueKind.Object } given ? JsonObject.Create(given)! : [];
            if (!data.ContainsKey(VerbProperty) && !string.IsNullOrWhiteSpace(action.Verb))
            {
                data[VerbProperty] = action.Verb;
            }

            return data.Deserialize(AdaptiveCardJsonContext.Default.CardActionData);
        }
        catch (JsonException)
        {
            // Behaviour, not failure handling: a payload of another shape is an unrecognised button, answered with help.
            return null;
        }
    }
}
