using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace JobFrame.Bot.Http;

/// <summary>
/// A JSON value whose shape the Bot Framework schema leaves open: an attachment's card, an invoke response's value
/// or body. Read from the wire it is the <see cref="JsonElement"/> that arrived. Built by the bot it is a typed model
/// that is written with its own dialect's JSON context straight into the outgoing JSON, once, when the activity is
/// serialised: no intermediate document is parsed and copied on the way.
/// </summary>
[JsonConverter(typeof(JsonPayloadConverter))]
public abstract class JsonPayload
{
    /// <summary>A typed model, serialised with <paramref name="typeInfo"/> when the payload is written.</summary>
    public static JsonPayload From<T>(T value, JsonTypeInfo<T> typeInfo) => new TypedPayload<T>(value, typeInfo);

    /// <summary>JSON that is already a document, such as a value read from an incoming activity.</summary>
    public static JsonPayload From(JsonElement element) => new ElementPayload(element);

    /// <summary>The payload as a JSON element, for code that reads it; a typed payload is serialised to produce it.</summary>
    public abstract JsonElement ToElement();

    /// <summary>Writes the payload as one JSON value.</summary>
    public abstract void WriteTo(Utf8JsonWriter writer);

    private sealed class TypedPayload<T>(T value, JsonTypeInfo<T> typeInfo) : JsonPayload
    {
        public override JsonElement ToElement() => JsonSerializer.SerializeToElement(value, typeInfo);

        public override void WriteTo(Utf8JsonWriter writer) => JsonSerializer.Serialize(writer, value, typeInfo);
    }

    private sealed class ElementPayload(JsonElement element) : JsonPayload
    {
        public override JsonElement ToElement() => element;

        public override void WriteTo(Utf8JsonWriter writer) => element.WriteTo(writer);
    }
}

/// <summary>Reads any JSON value into a <see cref="JsonPayload"/> and writes a payload in place.</summary>
internal sealed class JsonPayloadConverter : JsonConverter<JsonPayload>
{
    public override JsonPayload Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonPayload.From(JsonElement.ParseValue(ref reader));

    public override void Write(Utf8JsonWriter writer, JsonPayload value, JsonSerializerOptions options) => value.WriteTo(writer);
}
