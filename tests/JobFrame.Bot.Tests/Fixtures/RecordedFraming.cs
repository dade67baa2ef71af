namespace JobFrame.Bot.Tests.Fixtures;

/// <summary>How one request arrived at a stand-in: its method, path and body framing (Content-Length, or chunked).</summary>
public sealed record RecordedFraming(string Method, string Path, long? ContentLength, string TransferEncoding)
{
    public bool IsChunked => TransferEncoding.Contains("chunked", StringComparison.OrdinalIgnoreCase);
}
