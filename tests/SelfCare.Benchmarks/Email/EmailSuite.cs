using System.Diagnostics;
using System.Text.Json;

namespace SelfCare.Benchmarks.Email;

/// <summary>
/// The "email" suite: template renders per second (cached compile) and compiles per second; SMTP hand-offs per second
/// to a loopback server through the host's transport alone and through the whole outbox (compose, commit, claim,
/// send, mark sent). Writes docs/benchmarks/email.md.
/// </summary>
internal static class EmailSuite
{
    public static Task<int> RunAsync(string[] args)
    {
        var settings = EmailSettings.Parse(args);
        var repository = RepositoryRoot.Find(settings.Repository);
        return SuiteRun.RunAsync("email", repository, settings.Keep, async run =>
        {
            var machine = MachineInfo.Describe(run.Repository);
            run.Progress($"Publishing the email worker (Release) into {run.Work}...");
            var worker = await EmailWorkerProcess.PublishAsync(run.Repository, run.Work);

            run.Progress($"Template renders ({settings.RenderSeconds} s per measurement)...");
            var render = await worker.RunAsync(TimeSpan.FromMinutes(5), "render", settings.RenderSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            run.Progress($"  welcome {render.GetProperty("welcomeSingle").GetDouble():F0}/s on one thread, compile {render.GetProperty("compileSingle").GetDouble():F0}/s");

            var transport = new List<EmailReport.Row>();
            var dispatch = new List<EmailReport.Row>();
            foreach (var quickAck in new[] { false, true })
            {
                using var sink = worker.StartSink(quickAck);
                var server = quickAck ? "quick-ACK" : "delayed-ACK";
                foreach (var (parallelism, count) in quickAck ? new[] { (1, settings.Messages), (4, settings.Messages) } : [(1, 200), (4, 800), (16, settings.Messages)])
                {
                    run.Progress($"Transport only, {server} server, {parallelism} connection(s), {count} messages...");
                    var before = await sink.CountAsync();
                    var json = await worker.RunAsync(TimeSpan.FromMinutes(10), "transport", sink.Port.ToString(), count.ToString(), parallelism.ToString());
                    var row = Row(server, parallelism, json, count + 1, await sink.CountAsync() - before);
                    transport.Add(row);
                    run.Progress($"  {row.PerSecond:F0} messages/s");
                }
                foreach (var parallelism in quickAck ? new[] { 4 } : [4, 16])
                {
                    run.Progress($"Whole outbox, {server} server, {parallelism} connection(s), {settings.Messages} messages...");
                    var dataRoot = Path.Combine(run.Work, $"data-{server}-{parallelism}");
                    var before = await sink.CountAsync();
                    var json = await worker.RunAsync(TimeSpan.FromMinutes(20), "dispatch", sink.Port.ToString(), settings.Messages.ToString(),
                        parallelism.ToString(), dataRoot, Path.Combine(run.Repository, "appsettings.tenants.json"));
                    var row = Row(server, parallelism, json, settings.Messages, await sink.CountAsync() - before) with
                    {
                        ComposePerSecond = json.GetProperty("composePerSecond").GetDouble(),
                    };
                    dispatch.Add(row);
                    run.Progress($"  {row.PerSecond:F0} messages/s sent, {row.ComposePerSecond:F0}/s composed and committed");
                }
            }
            run.Figures.AddRange(EmailFigures.From(render, dispatch));
            return EmailReport.Build(machine, settings, render, transport, dispatch, run.Elapsed, MachineInfo.LoadAverage());
        });
    }

    private static EmailReport.Row Row(string server, int parallelism, JsonElement json, long expected, long received)
    {
        if (received != expected)
            throw new InvalidOperationException($"The sink accepted {received} messages, expected {expected}.");
        return new EmailReport.Row(server, parallelism, json.GetProperty("count").GetInt32(), json.GetProperty(
            json.TryGetProperty("dispatchSeconds", out _) ? "dispatchSeconds" : "seconds").GetDouble(), json.GetProperty("perSecond").GetDouble(), received, null);
    }
}
