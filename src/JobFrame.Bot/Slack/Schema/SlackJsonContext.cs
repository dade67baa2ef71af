using System.Text.Json.Serialization;
using JobFrame.Bot.Slack.Handlers;

namespace JobFrame.Bot.Slack.Schema;

/// <summary>Slack's JSON dialect: snake_case names, absent rather than null values.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowOutOfOrderMetadataProperties = true)]
[JsonSerializable(typeof(SlackEventEnvelope))]
[JsonSerializable(typeof(SlackUrlVerificationResponse))]
[JsonSerializable(typeof(SlackInteractionPayload))]
[JsonSerializable(typeof(SlackMessage))]
[JsonSerializable(typeof(ViewSubmissionResponse))]
[JsonSerializable(typeof(SlackApiResponse))]
[JsonSerializable(typeof(ChatPostMessageRequest))]
[JsonSerializable(typeof(ChatPostMessageResponse))]
[JsonSerializable(typeof(ViewsOpenRequest))]
[JsonSerializable(typeof(ViewsUpdateRequest))]
[JsonSerializable(typeof(ViewsResponse))]
[JsonSerializable(typeof(FilesGetUploadUrlExternalResponse))]
[JsonSerializable(typeof(FilesCompleteUploadExternalRequest))]
[JsonSerializable(typeof(FilesCompleteUploadExternalResponse))]
[JsonSerializable(typeof(FillInMetadata))]
[JsonSerializable(typeof(ConversationsOpenResponse))]
public sealed partial class SlackJsonContext : JsonSerializerContext;
