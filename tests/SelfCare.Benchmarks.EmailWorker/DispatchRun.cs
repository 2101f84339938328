using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SelfCare.Host.Email;
using SelfCare.Host.Email.Outbox;
using SelfCare.Host.Email.Settings;
using SelfCare.Host.Email.Templates;
using SelfCare.Host.Hosting;
using SelfCare.Host.Tenancy;
using SelfCare.Platform.Email;

namespace SelfCare.Benchmarks.EmailWorker;

/// <summary>
/// The whole outbox path on the embedded default (SQLite tenant database): the host's services built as in
/// production, one tenant whose SMTP settings point at the loopback sink; COUNT emails composed and committed
/// (as a module would), then the real dispatcher run until every message is marked sent.
/// </summary>
internal static class DispatchRun
{
    public static async Task<int> RunAsync(int port, int count, int parallelism, string dataRoot, string tenantsFile)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SelfCare:DataRoot"] = dataRoot,
            ["SelfCare:TenantsFile"] = tenantsFile,
            ["SelfCare:Email:AllowPrivateSmtpHosts"] = "true",
            ["SelfCare:Email:Parallelism"] = parallelism.ToString(),
            ["SelfCare:Email:RunBudgetSeconds"] = "600",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddSelfCare();
        await using var app = builder.Build();
        await app.PrepareSelfCareAsync();

        var tenant = app.Services.GetRequiredService<TenantRegistry>().Find("accelecom")!;
        await app.Services.GetRequiredService<TenantActivator>().EnsureActiveAsync(tenant, CancellationToken.None);
        var scopes = app.Services.GetRequiredService<TenantScopeFactory>();
        await using (var scope = scopes.CreateSystemScope(tenant))
        {
            var settings = scope.ServiceProvider.GetRequiredService<EmailSettingsService>();
            var current = await settings.GetAsync(CancellationToken.None);
            (current.UseHostServer, current.SmtpHost, current.SmtpPort, current.SmtpEnableSsl) = (false, "127.0.0.1", port, false);
            await settings.SaveAsync(current, null, false, CancellationToken.None);
        }

        // Compose and commit, in chunks of 500 per transaction, as a module's change would.
        var compose = Stopwatch.StartNew();
        for (var done = 0; done < count;)
        {
            await using var scope = scopes.CreateSystemScope(tenant);
            var db = scope.ServiceProvider.GetRequiredService<EmailDbContext>();
            var outbox = scope.ServiceProvider.GetRequiredService<IEmailOutbox>();
            for (var i = 0; i < 500 && done < count; i++, done++)
            {
                var to = $"customer{done}@bluegrasshealth.example";
                await outbox.AddAsync(db, PlatformEmailTemplates.TestMessage, new TestMessageModel(to, DateTime.UtcNow, "bench"), new EmailRecipient(to));
            }
            await db.SaveChangesAsync();
        }
        var composeSeconds = compose.Elapsed.TotalSeconds;

        var dispatch = Stopwatch.StartNew();
        var runs = 0;
        var sent = 0;
        while (true)
        {
            await using var scope = scopes.CreateSystemScope(tenant);
            var summary = await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().RunAsync(CancellationToken.None);
            runs++;
            sent += summary.Sent;
            if (summary.Failed > 0)
                throw new InvalidOperationException($"{summary.Failed} messages failed; is the sink on port {port}?");
            var left = await scope.ServiceProvider.GetRequiredService<EmailDbContext>().Outbox.CountAsync(m => m.Status != OutboxStatus.Sent);
            if (left == 0)
                break;
        }
        var dispatchSeconds = dispatch.Elapsed.TotalSeconds;
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            count, parallelism, sent, runs, composeSeconds, composePerSecond = count / composeSeconds, dispatchSeconds, perSecond = sent / dispatchSeconds,
        }));
        return 0;
    }
}
