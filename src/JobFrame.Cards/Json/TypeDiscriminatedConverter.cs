using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace JobFrame.Cards.Json;

/// <summary>
/// The polymorphism both card dialects need: a base type (card element, action, block, text object) whose JSON says
/// which derived type it is in its <c>type</c> property. Writing hands the object to its own type's source-generated
/// serializer, which writes <c>type</c> first like any other property; reading looks at <c>type</c> first and reads the
/// object as that type.
/// </summary>
/// <remarks>
/// System.Text.Json's own <c>[JsonPolymorphic]</c> does the same but writes every derived object through its slower
/// metadata-driven path, not the generated one: serialising a goals card that way cost more than answering the question.
/// </remarks>
internal abstract class TypeDiscriminatedConverter<TBase>(IEnumerable<KeyValuePair<string, Type>> typesByName) : JsonConverter<TBase>
    where TBase : class
{
    private const string DiscriminatorName = "type";

    private readonly FrozenDictionary<string, Type> _typesByName = typesByName.ToFrozenDictionary(StringComparer.Ordinal);
    private readonly FrozenSet<Type> _types = typesByName.Select(pair => pair.Value).ToFrozenSet();

    public override void Write(Utf8JsonWriter writer, TBase value, JsonSerializerOptions options)
    {
        // Only the registered types: anything else is a programming error, refused rather than written without a type.
        var type = value.GetType();
        if (!_types.Contains(type))
        {
            throw new NotSupportedException($"{type.Name} is not a registered {typeof(TBase).Name} type.");
        }

        JsonSerializer.Serialize(writer, value, options.GetTypeInfo(type));
    }

    public override TBase? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var name = Discriminator(reader);
        if (name is null || !_typesByName.TryGetValue(name, out var type))
        {
            throw new JsonException($"'{name}' is not a known {typeof(TBase).Name} type.");
        }

        return (TBase?)JsonSerializer.Deserialize(ref reader, options.GetTypeInfo(type));
    }

    /// <summary>The object's <c>type</c>, read from a copy of the reader so the caller's position is untouched.</summary>
    private static string? Discriminator(Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A {typeof(TBase).Name} must be a JSON object.");
        }

        var depth = reader.CurrentDepth;
        while (reader.Read() && reader.CurrentDepth > depth)
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            var isType = reader.ValueTextEquals(DiscriminatorName);
            reader.Read();
            if (isType)
            {
                return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }

            reader.Skip();
        }

        return null;
    }
}
