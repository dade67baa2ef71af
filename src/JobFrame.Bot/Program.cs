using JobFrame.Bot.Engine;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddJobFrameEngine();

var app = builder.Build();

app.Run();

/// <summary>The host's entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
