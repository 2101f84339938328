using SelfCare.Host.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddSelfCare();

var app = builder.Build();
if (SchemaScriptCommand.IsRequested(args))
    return SchemaScriptCommand.Run(app.Services);

await app.PrepareSelfCareAsync();
app.UseSelfCare();
app.Run();
return 0;

public partial class Program;
