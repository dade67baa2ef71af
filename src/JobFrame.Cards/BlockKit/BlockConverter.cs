using JobFrame.Cards.Json;

namespace JobFrame.Cards.BlockKit;

/// <summary>Writes and reads every <see cref="Block"/> by its <c>type</c>; see <see cref="TypeDiscriminatedConverter{TBase}"/>.</summary>
internal sealed class BlockConverter() : TypeDiscriminatedConverter<Block>(new Dictionary<string, Type>
{
        [HeaderBlock.TypeName] = typeof(HeaderBlock),
        [SectionBlock.TypeName] = typeof(SectionBlock),
        [ContextBlock.TypeName] = typeof(ContextBlock),
        [DividerBlock.TypeName] = typeof(DividerBlock),
        [ActionsBlock.TypeName] = typeof(ActionsBlock),
        [InputBlock.TypeName] = typeof(InputBlock),
});
