using System.Text.Json;
using JobFrame.Cards.AdaptiveCards;

namespace JobFrame.Cards.Tests.AdaptiveCards;

/// <summary>Every enum value the model can write is one the 1.5 schema allows; <c>Default</c> is never written.</summary>
public sealed class AdaptiveCardEnumLintTests
{
    /// <summary>The model's enum and the schema definition it writes.</summary>
    public static TheoryData<Type, string> Enums => new()
    {
        { typeof(TextSize), "FontSize" },
        { typeof(TextWeight), "FontWeight" },
        { typeof(TextColor), "Colors" },
        { typeof(FontType), "FontType" },
        { typeof(ContainerStyle), "ContainerStyle" },
        { typeof(Spacing), "Spacing" },
        { typeof(HorizontalAlignment), "HorizontalAlignment" },
        { typeof(VerticalContentAlignment), "VerticalContentAlignment" },
        { typeof(ActionStyle), "ActionStyle" },
        { typeof(ActionMode), "ActionMode" },
        { typeof(TextInputStyle), "TextInputStyle" },
        { typeof(AssociatedInputs), "AssociatedInputs" },
    };

    [Fact]
    public void EveryEnumOfTheModel_IsCheckedHere()
    {
        var modelEnums = typeof(AdaptiveCard).Assembly.GetTypes()
            .Where(t => t.IsEnum && t.IsPublic && t.Namespace == typeof(AdaptiveCard).Namespace)
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(modelEnums, Enums.Select(row => ((Type)row[0]).Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Enums))]
    public void EnumValue_IsWrittenAsASchemaValue(Type enumType, string definition)
    {
        var allowed = SchemaValues(definition);
        var typeInfo = AdaptiveCardJsonContext.Default.GetTypeInfo(enumType)!;

        var written = Enum.GetValues(enumType).Cast<Enum>()
            .Where(value => Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) != 0)
            .Select(value => JsonSerializer.Deserialize<string>(JsonSerializer.Serialize(value, typeInfo))!)
            .ToList();

        // The schema's patterns accept any letter case, and the renderers compare without case; the enum lists the canonical spelling.
        Assert.All(written, value => Assert.Contains(value, allowed, StringComparer.OrdinalIgnoreCase));
        Assert.Equal(allowed.Count(v => v != "default"), written.Count);
    }

    [Fact]
    public void DefaultEnumValues_AreLeftOut()
    {
        var card = new AdaptiveCard { Body = [new TextBlock { Text = "x", Size = TextSize.Default, Color = TextColor.Default, Spacing = Spacing.Default }] };

        using var document = JsonDocument.Parse(AdaptiveCardSerializer.Serialize(card));
        var names = document.RootElement.GetProperty("body")[0].EnumerateObject().Select(p => p.Name);

        Assert.Equal(["type", "text"], names);
    }

    private static List<string> SchemaValues(string definition)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.AdaptiveCardSchema));
        return schema.RootElement.GetProperty("definitions").GetProperty(definition).GetProperty("anyOf")[0]
            .GetProperty("enum").EnumerateArray().Select(v => v.GetString()!).ToList();
    }
}
