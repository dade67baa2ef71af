using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using JobFrame.Cards.Actions;
using JobFrame.Cards.AdaptiveCards;

namespace JobFrame.Cards.Tests.AdaptiveCards;

/// <summary>
/// Proves the Adaptive Card catalogue complete and true to the 1.5 schema: every concrete wire type is registered with
/// the discriminator its name says, the schema defines that discriminator, and every property the model can write is
/// one the schema defines for that type.
/// </summary>
public sealed class AdaptiveCardLintTests
{
    private static readonly Type[] s_notInSchema = [typeof(CardActionData), typeof(AdaptiveCardJsonContext)];

    private static readonly JsonElement s_definitions = LoadSchemaDefinitions();

    public static TheoryData<Type> PolymorphicTypes => [.. WireTypes().Where(t => BaseOf(t) is not null)];

    public static TheoryData<Type> AllWireTypes => [.. WireTypes()];

    [Theory]
    [MemberData(nameof(PolymorphicTypes))]
    public void ConcreteType_IsRegisteredWithTheSchemaDiscriminatorOfItsName(Type type)
    {
        var discriminator = DiscriminatorOf(type);

        Assert.Equal(type.Name, discriminator.Replace(".", string.Empty, StringComparison.Ordinal));
        Assert.Equal(discriminator, SchemaTypeName(Definition(discriminator)));
    }

    [Theory]
    [MemberData(nameof(PolymorphicTypes))]
    public void ConcreteType_WritesItsDiscriminator_WhetherDeclaredAsItsBaseOrAsItself(Type type)
    {
        Assert.Equal(DiscriminatorOf(type), TypeDiscriminators.WrittenType(type, BaseOf(type)!, AdaptiveCardJsonContext.Default));
        Assert.Equal(DiscriminatorOf(type), TypeDiscriminators.WrittenType(type, type, AdaptiveCardJsonContext.Default));
    }

    [Theory]
    [MemberData(nameof(PolymorphicTypes))]
    public void ConcreteType_IsReadBackAsItself_ByItsDiscriminator(Type type)
    {
        Assert.IsType(type, TypeDiscriminators.RoundTripAsBase(type, BaseOf(type)!, AdaptiveCardJsonContext.Default));
    }

    [Theory]
    [MemberData(nameof(AllWireTypes))]
    public void WireType_WritesOnlyPropertiesTheSchemaDefines(Type type)
    {
        var typeInfo = AdaptiveCardJsonContext.Default.GetTypeInfo(type);
        Assert.NotNull(typeInfo);
        var schemaName = BaseOf(type) is null ? type.Name : DiscriminatorOf(type);
        var schemaProperties = ObjectShape(Definition(schemaName)).GetProperty("properties");

        var unknown = typeInfo.Properties.Select(p => p.Name).Where(name => !schemaProperties.TryGetProperty(name, out _)).ToList();

        Assert.Empty(unknown);
    }

    private static IEnumerable<Type> WireTypes() =>
        typeof(AdaptiveCard).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.IsClass && !t.IsAbstract && t.Namespace == typeof(AdaptiveCard).Namespace)
            .Where(t => !s_notInSchema.Contains(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal);

    private static Type? BaseOf(Type type) =>
        type.IsSubclassOf(typeof(CardElement)) ? typeof(CardElement)
        : type.IsSubclassOf(typeof(CardAction)) ? typeof(CardAction)
        : null;

    private static string DiscriminatorOf(Type type) => TypeDiscriminators.TypeNameOf(type);

    private static JsonElement Definition(string name)
    {
        Assert.True(s_definitions.TryGetProperty(name, out var definition), $"adaptive-card-1.5.json defines no '{name}'");
        return definition;
    }

    /// <summary>TextRun and TargetElement may be written as a bare string; their object form is one branch of an anyOf.</summary>
    private static JsonElement ObjectShape(JsonElement definition) =>
        definition.TryGetProperty("properties", out _)
            ? definition
            : definition.GetProperty("anyOf").EnumerateArray().Single(branch => branch.TryGetProperty("properties", out _));

    private static string? SchemaTypeName(JsonElement definition) =>
        ObjectShape(definition).GetProperty("properties").GetProperty("type").GetProperty("enum")[0].GetString();

    private static JsonElement LoadSchemaDefinitions()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.AdaptiveCardSchema));
        return schema.RootElement.GetProperty("definitions").Clone();
    }
}
