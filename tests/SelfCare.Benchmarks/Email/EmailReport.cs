using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SelfCare.Benchmarks.Email;

/// <summary>Writes docs/benchmarks/email.md from the suite's measurements.</summary>
internal static class EmailReport
{
    public sealed record Row(string Server, int Parallelism, int Count, double Seconds, double PerSecond, long Received, double? ComposePerSecond);

    private static double LoadOf(string load) =>
        double.TryParse(load.Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;

    public static string Build(MachineInfo machine, EmailSettings settings, JsonElement render, IReadOnlyList<Row> transport,
        IReadOnlyList<Row> dispatch, TimeSpan elapsed, string loadAtEnd)
    {
        string F(double value) => value.ToString("N0", CultureInfo.InvariantCulture);
        double R(string name) => render.GetProperty(name).GetDouble();
        var text = new StringBuilder();
        text.AppendLine("# Email benchmark");
        text.AppendLine();
        text.AppendLine($"`dotnet run -c Release --project tests/SelfCare.Benchmarks -- email` (options used: `--messages {settings.Messages} --render-seconds {settings.RenderSeconds.ToString(CultureInfo.InvariantCulture)}`).");
        text.AppendLine("Each measurement is a fresh Release process of `tests/SelfCare.Benchmarks.EmailWorker`, which runs the host's own");
        text.AppendLine("template engine, SMTP transport (System.Net.Mail) and outbox dispatcher; the SMTP server is a minimal loopback sink");
        text.AppendLine("in another process that accepts every message. Every count below was checked against what the sink accepted.");
        text.AppendLine();
        text.AppendLine($"Machine: {machine.Cores} cores, {machine.Memory}, {machine.Cpu}; {machine.Os}; {machine.Runtime}.");
        text.AppendLine($"Commit {machine.Commit} ({machine.SourceState}). Load average at start {machine.LoadAtStart}, at end {loadAtEnd}. Took {elapsed.TotalSeconds:F0} s.");
        text.AppendLine();
        text.AppendLine("## Template renders (compiled once, cached)");
        text.AppendLine();
        text.AppendLine("A render is a whole email: subject, HTML body and plain-text body on the model, then both bodies wrapped in");
        text.AppendLine("the Accelecom theme's email layout, under the render budget (size, loop and time limits), the compiled template");
        text.AppendLine("fetched from the cache by (tenant, template, version) as a send does.");
        text.AppendLine();
        text.AppendLine("| email | HTML size | renders/s, 1 thread | renders/s, all cores |");
        text.AppendLine("|---|---:|---:|---:|");
        text.AppendLine($"| tenant-welcome (sample model) | {F(R("welcomeHtmlBytes"))} chars | {F(R("welcomeSingle"))} | {F(R("welcomeParallel"))} |");
        text.AppendLine($"| invoice with 50 lines (`{{{{#each}}}}`) | {F(R("invoiceHtmlBytes"))} chars | {F(R("invoiceSingle"))} | {F(R("invoiceParallel"))} |");
        text.AppendLine();
        text.AppendLine($"Compiling the tenant-welcome template instead: {F(R("compileSingle"))} compiles/s on one thread, " +
                        $"{R("compileAllocatedKb"):F0} KB allocated per compile against {R("renderAllocatedKb"):F0} KB per cached render. " +
                        "That is why templates are compiled once per (tenant, template, version) and never per send (Handlebars.Net #452).");
        text.AppendLine();
        text.AppendLine("## Messages per second to a loopback SMTP server");
        text.AppendLine();
        text.AppendLine("Two kinds of server. *Delayed-ACK* is how a server socket behaves by default on Linux (and so Postfix or any");
        text.AppendLine("plain SMTP server): System.Net.Mail's SmtpClient leaves Nagle's algorithm on and cannot be told otherwise, so the");
        text.AppendLine("last small segment of each message waits for the acknowledgement the server's kernel delays by up to 40 ms.");
        text.AppendLine("*Quick-ACK* acknowledges every segment at once (Linux TCP_QUICKACK), which shows the cost of the sending code");
        text.AppendLine("itself. Each SmtpClient keeps its connection for a whole dispatcher run; throughput against a delayed-ACK server");
        text.AppendLine("grows with the number of connections (`SelfCare:Email:Parallelism`, default 4 per tenant).");
        text.AppendLine();
        text.AppendLine("### The transport alone (no database)");
        text.AppendLine();
        text.AppendLine("| server | connections | messages | seconds | messages/s |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var row in transport)
            text.AppendLine($"| {row.Server} | {row.Parallelism} | {F(row.Count)} | {row.Seconds:F2} | {F(row.PerSecond)} |");
        text.AppendLine();
        text.AppendLine("### The whole outbox on the embedded default (SQLite tenant database)");
        text.AppendLine();
        text.AppendLine("Compose = render + add to the outbox table, committed 500 per transaction as a module would. Dispatch = the real");
        text.AppendLine("dispatcher (claim a batch with a conditional UPDATE and a lease, hand each message to SMTP, mark it sent) run until");
        text.AppendLine("every message is sent.");
        text.AppendLine();
        text.AppendLine("| server | connections | messages | composed + committed/s | dispatch seconds | messages sent/s |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var row in dispatch)
            text.AppendLine($"| {row.Server} | {row.Parallelism} | {F(row.Count)} | {F(row.ComposePerSecond ?? 0)} | {row.Seconds:F2} | {F(row.PerSecond)} |");
        text.AppendLine();
        text.AppendLine("Reading: against a server with ordinary (delayed) ACKs, a tenant's outbox sends as fast as its SMTP");
        text.AppendLine("connections allow, and more connections help. Against a server that answers at once, the database is the limit:");
        text.AppendLine("each message is marked sent in its own statement right after the server accepts it (so a crash can repeat at");
        text.AppendLine("most the messages in flight), and on SQLite every such commit waits for the disk. Tenants are dispatched by");
        text.AppendLine("separate jobs (Quartz `MaxConcurrency`) on separate databases, so the host's total rate is a multiple of these.");
        if (LoadOf(machine.LoadAtStart) > machine.Cores)
        {
            text.AppendLine();
            text.AppendLine($"Caution: the machine was busy with other work (load average {machine.LoadAtStart} on {machine.Cores} cores),");
            text.AppendLine("which depresses every figure and especially the all-cores ones; compare rows of one run, not absolute values.");
        }
        return text.ToString();
    }
}
