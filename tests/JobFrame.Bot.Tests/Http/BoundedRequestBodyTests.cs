using JobFrame.Bot.Http;
using JobFrame.Bot.Teams.Hosting;
using Microsoft.AspNetCore.Http;

namespace JobFrame.Bot.Tests.Http;

/// <summary>The size bound holds even when the caller does not declare a Content-Length (chunked bodies).</summary>
public sealed class BoundedRequestBodyTests
{
    [Theory]
    [InlineData(1024, 1024, true)]
    [InlineData(1025, 1024, false)]
    [InlineData(100_000, 1024, false)]
    [InlineData(0, 1024, true)]
    public async Task ReadAsync_WithoutContentLength_StopsAtTheBound(int bodyBytes, int maxBytes, bool accepted)
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(new byte[bodyBytes]);
        context.Request.ContentLength = null;

        var body = await BoundedRequestBody.ReadAsync(context.Request, maxBytes, CancellationToken.None);

        Assert.Equal(accepted, body is not null);
        if (accepted)
        {
            Assert.Equal(bodyBytes, body!.Length);
        }
    }
}
