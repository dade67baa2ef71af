using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using JobFrame.Cards.BlockKit;

namespace JobFrame.Cards.Tests.BlockKit;

/// <summary>
/// Proves the Block Kit catalogue complete: every concrete block, element and text object is registered with the
/// discriminator its name says ("section" → SectionBlock, "plain_text_input" → PlainTextInputElement), serialises
/// with it, and writes only snake_case names.
/// </summary>
public sealed partial class BlockKitLintTests
{
    private static readonly (Type Base, string Suffix)[] s_families =
    [
        (typeof(Block), "Block"),
        (typeof(BlockElement), "Element"),
        (typeof(TextObject), string.Empty),
    ];

    public static TheoryData<Type> PolymorphicTypes => [.. ConcreteTypes().Where(t => FamilyOf(t) is not null)];

    public static TheoryData<Type> AllWireTypes => [.. ConcreteTypes().Where(t => t != typeof(BlockKitJsonContext))];

    [Theory]
    [MemberData(nameof(PolymorphicTypes))]
    public void ConcreteType_IsRegisteredWithTheDiscriminatorOfItsName(Type type)
    {
        var (_, suffix) = FamilyOf(type)!.Value;

        var discriminator = DiscriminatorOf(type);

        var pascal = string.Concat(discriminator.Split('_').Select(word => char.ToUpperInvariant(word[0]) + word[1..]));
        Assert.Equal(type.Name, pascal + suffix, ignoreCase: true);
    }

    [Theory]
    [MemberData(nameof(PolymorphicTypes))]
    public void ConcreteType_WritesItsDiscriminator_WhetherDeclaredAsItsBaseOrAsItself(Type type)
    {
        var family = FamilyOf(type)!.Value.Base;

        Assert.Equal(DiscriminatorOf(type), TypeDiscriminators.WrittenType(type, family, BlockKitJsonContext.Default));
        Assert.Equal(DiscriminatorOf(type), TypeDiscriminators.WrittenType(type, type, BlockKitJsonContext.Default));
    }

    [Theory]
    [MemberData(nameof(PolymorphicTypes))]
    public void ConcreteType_IsReadBackAsItself_ByItsDiscriminator(Type type)
    {
        Assert.IsType(type, TypeDiscriminators.RoundTripAsBase(type, FamilyOf(type)!.Value.Base, BlockKitJsonContext.Default));
    }

    [Theory]
    [MemberData(nameof(AllWireTypes))]
    public void WireType_WritesOnlySnakeCaseNames(Type type)
    {
        var typeInfo = BlockKitJsonContext.Default.GetTypeInfo(type);
        Assert.NotNull(typeInfo);

        Assert.All(typeInfo.Properties, property => Assert.Matches(SnakeCase(), property.Name));
    }

    private static IEnumerable<Type> ConcreteTypes() =>
        typeof(Block).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.IsClass && !t.IsAbstract && t.Namespace == typeof(Block).Namespace)
            .OrderBy(t => t.Name, StringComparer.Ordinal);

    private static (Type Base, string Suffix)? FamilyOf(Type type) =>
        s_families.Where(f => type.IsSubclassOf(f.Base)).Select(f => ((Type, string)?)f).FirstOrDefault();

    private static string DiscriminatorOf(Type type) => TypeDiscriminators.TypeNameOf(type);

    [GeneratedRegex("^[a-z]+(_[a-z]+)*$")]
    private static partial Regex SnakeCase();
}
