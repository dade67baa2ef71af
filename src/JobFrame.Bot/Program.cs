using JobFrame.Bot.Engine;
using JobFrame.Bot.Slack;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddJobFrameEngine();
builder.Services.AddSlack(builder.Configuration);

var app = builder.Build();

app.MapSlackEndpoints();

app.Run();

/// <summary>The host's entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
