using JobFrame.Cards.Json;

namespace JobFrame.Cards.BlockKit;

/// <summary>Writes and reads every <see cref="BlockElement"/> by its <c>type</c>; see <see cref="TypeDiscriminatedConverter{TBase}"/>.</summary>
internal sealed class BlockElementConverter() : TypeDiscriminatedConverter<BlockElement>(new Dictionary<string, Type>
{
        [ButtonElement.TypeName] = typeof(ButtonElement),
        [PlainTextInputElement.TypeName] = typeof(PlainTextInputElement),
        [DatePickerElement.TypeName] = typeof(DatePickerElement),
        [ConversationsSelectElement.TypeName] = typeof(ConversationsSelectElement),
});
