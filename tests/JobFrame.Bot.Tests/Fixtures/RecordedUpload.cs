namespace JobFrame.Bot.Tests.Fixtures;

/// <summary>One file the bot PUT to the stand-in upload session: its headers and its exact bytes.</summary>
public sealed record RecordedUpload(string Session, string ContentRange, long? ContentLength, byte[] Content);
