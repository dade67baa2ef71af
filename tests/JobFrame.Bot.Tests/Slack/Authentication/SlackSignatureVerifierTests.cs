using JobFrame.Bot.Slack.Authentication;
using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace JobFrame.Bot.Tests.Slack.Authentication;

public sealed class SlackSignatureVerifierTests
{
    // Slack's worked example, docs.slack.dev "Verifying requests from Slack".
    private const string ExampleSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string ExampleTimestamp = "1531420618";
    private const string ExampleSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static readonly byte[] ExampleBody = Encoding.UTF8.GetBytes(Fixtures.Text("worked-example-body.txt"));

    [Fact]
    public void ComputeSignature_SlackWorkedExample_MatchesPublishedSignature() =>
        Assert.Equal(ExampleSignature, SlackSignatureVerifier.ComputeSignature(ExampleSecret, ExampleTimestamp, ExampleBody));

    [Fact]
    public void Verify_SlackWorkedExampleAtItsOwnTime_IsValid() =>
        Assert.Equal(SlackSignatureCheck.Valid, VerifierAt(1531420618).Verify(ExampleTimestamp, ExampleSignature, ExampleBody));

    [Theory]
    [InlineData(1531420618 + 300, SlackSignatureCheck.Valid)]
    [InlineData(1531420618 - 300, SlackSignatureCheck.Valid)]
    [InlineData(1531420618 + 301, SlackSignatureCheck.TimestampOutOfRange)]
    [InlineData(1531420618 - 301, SlackSignatureCheck.TimestampOutOfRange)]
    public void Verify_ClockAroundTheTimestamp_AcceptsFiveMinutesEitherWay(long nowSeconds, SlackSignatureCheck expected) =>
        Assert.Equal(expected, VerifierAt(nowSeconds).Verify(ExampleTimestamp, ExampleSignature, ExampleBody));

    [Theory]
    [InlineData(null, ExampleSignature, SlackSignatureCheck.MissingTimestamp)]
    [InlineData("", ExampleSignature, SlackSignatureCheck.MissingTimestamp)]
    [InlineData("1531420618.5", ExampleSignature, SlackSignatureCheck.MalformedTimestamp)]
    [InlineData("-1531420618", ExampleSignature, SlackSignatureCheck.MalformedTimestamp)]
    [InlineData(ExampleTimestamp, null, SlackSignatureCheck.MissingSignature)]
    [InlineData(ExampleTimestamp, "a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SlackSignatureCheck.MalformedSignature)]
    [InlineData(ExampleTimestamp, "v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SlackSignatureCheck.MalformedSignature)]
    [InlineData(ExampleTimestamp, "v0=A2114D57B48EAC39B9AD189DD8316235A7B4A8D21A10BD27519666489C69B503", SlackSignatureCheck.MalformedSignature)]
    [InlineData(ExampleTimestamp, "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b5", SlackSignatureCheck.MalformedSignature)]
    [InlineData(ExampleTimestamp, "v0=zz114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SlackSignatureCheck.MalformedSignature)]
    [InlineData(ExampleTimestamp, "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b504", SlackSignatureCheck.Mismatch)]
    public void Verify_BrokenHeaders_AreRefusedWithTheReason(string? timestamp, string? signature, SlackSignatureCheck expected) =>
        Assert.Equal(expected, VerifierAt(1531420618).Verify(timestamp, signature, ExampleBody));

    [Fact]
    public void Verify_BodyChangedAfterSigning_IsMismatch()
    {
        var changed = Encoding.UTF8.GetBytes(Fixtures.Text("worked-example-body.txt").Replace("text=", "text=%3C%21channel%3E", StringComparison.Ordinal));
        Assert.Equal(SlackSignatureCheck.Mismatch, VerifierAt(1531420618).Verify(ExampleTimestamp, ExampleSignature, changed));
    }

    [Fact]
    public void Verify_WrongSecret_IsMismatch()
    {
        var verifier = new SlackSignatureVerifier("another-apps-secret", new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1531420618)), TimeSpan.FromMinutes(5));
        Assert.Equal(SlackSignatureCheck.Mismatch, verifier.Verify(ExampleTimestamp, ExampleSignature, ExampleBody));
    }

    private static SlackSignatureVerifier VerifierAt(long unixSeconds) =>
        new(ExampleSecret, new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(unixSeconds)), TimeSpan.FromMinutes(5));
}
