using System.Text.Json;
using System.Text.Json.Serialization;
using JobFrame.Bot.Http;

namespace JobFrame.Bot.Teams.Schema;

/// <summary>The Bot Framework dialect: camelCase names, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(AdaptiveCardInvokeResponse))]
[JsonSerializable(typeof(TeamsChannelData))]
[JsonSerializable(typeof(AdaptiveCardInvokeValue))]
[JsonSerializable(typeof(FileConsentCard))]
[JsonSerializable(typeof(FileConsentCardResponse))]
[JsonSerializable(typeof(FileInfoCard))]
[JsonSerializable(typeof(MessagingExtensionQuery))]
[JsonSerializable(typeof(MessagingExtensionResponse))]
[JsonSerializable(typeof(ThumbnailCard))]
[JsonSerializable(typeof(SelectedItem))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(JsonPayload))]
public sealed partial class BotFrameworkJsonContext : JsonSerializerContext;
