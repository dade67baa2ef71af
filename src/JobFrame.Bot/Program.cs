using JobFrame.Bot.Canon;
using JobFrame.Bot.RateLimits;
using JobFrame.Bot.Slack.Hosting;
using JobFrame.Bot.Slack.SocketMode;
using JobFrame.Bot.Teams.Hosting;
using JobFrame.Bot.Telemetry;
using JobFrame.Bot.Web;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddJobFrameTelemetry(builder.Configuration);
builder.Services.AddJobFrameEngine();
builder.Services.AddChatRateLimits();
builder.Services.AddTeams(builder.Configuration);
builder.Services.AddTeamsBot();
builder.Services.AddSlack(builder.Configuration);
builder.Services.AddSlackBot();
builder.Services.AddSlackSocketMode(builder.Configuration);
builder.Services.AddWebChat();

var app = builder.Build();

app.MapTeamsEndpoints();
app.MapSlackEndpoints();
app.MapHealthEndpoints();
app.MapLegalPages();
app.MapWebChat();

app.Run();

/// <summary>The host's entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
