using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace JobFrame.Cards.Tests;

/// <summary>Reads the <c>type</c> each concrete wire type declares, and writes and reads instances by it.</summary>
internal static class TypeDiscriminators
{
    /// <summary>The type's <c>TypeName</c> constant: the "type" it writes.</summary>
    public static string TypeNameOf(Type type) =>
        Assert.IsType<string>(type.GetField("TypeName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue());

    /// <summary>The "type" written for a default instance of <paramref name="type"/>, serialised as <paramref name="declaredAs"/>.</summary>
    public static string? WrittenType(Type type, Type declaredAs, JsonSerializerContext context)
    {
        var json = JsonSerializer.Serialize(Activator.CreateInstance(type), context.GetTypeInfo(declaredAs)!);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("type").GetString();
    }

    /// <summary>
    /// A default instance of <paramref name="type"/> written and read back as <paramref name="baseType"/>. Required
    /// members are relaxed for the read, since a default instance leaves them unset.
    /// </summary>
    public static object? RoundTripAsBase(Type type, Type baseType, JsonSerializerContext context)
    {
        var json = JsonSerializer.Serialize(Activator.CreateInstance(type), context.GetTypeInfo(baseType)!);
        var relaxed = new JsonSerializerOptions(context.Options)
        {
            TypeInfoResolver = ((IJsonTypeInfoResolver)context).WithAddedModifier(info =>
            {
                foreach (var property in info.Properties)
                {
                    property.IsRequired = false;
                }
            }),
        };
        return JsonSerializer.Deserialize(json, baseType, relaxed);
    }
}
