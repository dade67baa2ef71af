using JobFrame.Cards.Json;

namespace JobFrame.Cards.AdaptiveCards;

/// <summary>Writes and reads every <see cref="CardElement"/> by its <c>type</c>; see <see cref="TypeDiscriminatedConverter{TBase}"/>.</summary>
internal sealed class CardElementConverter() : TypeDiscriminatedConverter<CardElement>(new Dictionary<string, Type>
{
        [TextBlock.TypeName] = typeof(TextBlock),
        [RichTextBlock.TypeName] = typeof(RichTextBlock),
        [FactSet.TypeName] = typeof(FactSet),
        [Container.TypeName] = typeof(Container),
        [ColumnSet.TypeName] = typeof(ColumnSet),
        [ActionSet.TypeName] = typeof(ActionSet),
        [InputText.TypeName] = typeof(InputText),
        [InputDate.TypeName] = typeof(InputDate),
});
