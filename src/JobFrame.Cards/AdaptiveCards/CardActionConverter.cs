using JobFrame.Cards.Json;

namespace JobFrame.Cards.AdaptiveCards;

/// <summary>Writes and reads every <see cref="CardAction"/> by its <c>type</c>; see <see cref="TypeDiscriminatedConverter{TBase}"/>.</summary>
internal sealed class CardActionConverter() : TypeDiscriminatedConverter<CardAction>(new Dictionary<string, Type>
{
        [ActionSubmit.TypeName] = typeof(ActionSubmit),
        [ActionExecute.TypeName] = typeof(ActionExecute),
        [ActionShowCard.TypeName] = typeof(ActionShowCard),
        [ActionToggleVisibility.TypeName] = typeof(ActionToggleVisibility),
        [ActionOpenUrl.TypeName] = typeof(ActionOpenUrl),
});
