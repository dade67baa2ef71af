var builder = WebApplication.CreateBuilder(args);

var app = builder.Build();

app.Run();

/// <summary>The host's entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
