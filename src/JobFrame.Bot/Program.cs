using JobFrame.Bot.Teams.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddTeams(builder.Configuration);

var app = builder.Build();
app.MapTeamsEndpoints();

app.Run();

/// <summary>The host's entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
