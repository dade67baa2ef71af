using JobFrame.Cards.Json;

namespace JobFrame.Cards.BlockKit;

/// <summary>Writes and reads every <see cref="TextObject"/> by its <c>type</c>; see <see cref="TypeDiscriminatedConverter{TBase}"/>.</summary>
internal sealed class TextObjectConverter() : TypeDiscriminatedConverter<TextObject>(new Dictionary<string, Type>
{
        [PlainText.TypeName] = typeof(PlainText),
        [Mrkdwn.TypeName] = typeof(Mrkdwn),
});
