using JobFrame.Bot.Slack.Hosting;
using JobFrame.Bot.Slack.WebApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Tests.Slack.Hosting;

public sealed class SlackOptionsTests
{
    [Fact]
    public async Task Options_FromConfiguration_BindEveryTypedSetting()
    {
        await using var host = await SlackHost.StartAsync(settings: new Dictionary<string, string>
        {
            ["Slack:BotUserId"] = "U0LAN0Z89",
            ["Slack:MaxRequestBodyBytes"] = "65536",
        });

        var options = host.Services.GetRequiredService<IOptions<SlackOptions>>().Value;

        Assert.True(options.IsEnabled);
        Assert.True(options.HasBotToken);
        Assert.Equal(host.StandIn.ApiBaseUrl, options.ApiBaseUrl);
        Assert.Equal("U0LAN0Z89", options.BotUserId);
        Assert.Equal(65536, options.MaxRequestBodyBytes);
        Assert.Equal(300, options.TimestampToleranceSeconds);
    }

    [Fact]
    public void Options_Defaults_PointAtSlackAndAreOff()
    {
        var options = new SlackOptions();

        Assert.Equal(new Uri("https://slack.com/api/"), options.ApiBaseUrl);
        Assert.False(options.IsEnabled);
        Assert.False(options.HasBotToken);
    }

    [Theory]
    [InlineData("Slack:ApiBaseUrl", "https://slack.com/api")]
    [InlineData("Slack:ApiBaseUrl", "ftp://slack.com/api/")]
    [InlineData("Slack:TimestampToleranceSeconds", "3600")]
    [InlineData("Slack:MaxRequestBodyBytes", "0")]
    public async Task Start_InvalidSetting_StopsTheHostNamingTheSetting(string key, string value)
    {
        await using var host = await SlackHost.StartAsync(settings: new Dictionary<string, string> { [key] = value });

        var failure = Assert.ThrowsAny<Exception>(() => host.Client);

        Assert.Contains(key.Split(':')[1], ExceptionText(failure), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddSlack_Container_BuildsWithValidateOnBuildAndResolvesEverySeam()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Slack:SigningSecret"] = SlackHost.SigningSecret })
            .Build();
        var services = new ServiceCollection().AddLogging().AddSlack(configuration);

        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await using var scope = provider.CreateAsyncScope();

        Assert.IsType<UnconnectedSlackHandler>(scope.ServiceProvider.GetRequiredService<ISlackHandler>());
        Assert.False(scope.ServiceProvider.GetRequiredService<ISlackWebApi>().IsConfigured);
        Assert.Contains(provider.GetServices<IHostedService>(), s => s is SlackBackgroundWorker);
        Assert.Same(provider.GetRequiredService<ISlackBackgroundQueue>(), provider.GetRequiredService<SlackBackgroundQueue>());
    }

    private static string ExceptionText(Exception exception) =>
        exception is AggregateException aggregate ? string.Join(" ", aggregate.InnerExceptions.Select(ExceptionText)) : exception.ToString();
}
