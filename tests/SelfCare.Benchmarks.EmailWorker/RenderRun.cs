using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using SelfCare.Host.Email;
using SelfCare.Host.Email.Templates;
using SelfCare.Host.Themes;

namespace SelfCare.Benchmarks.EmailWorker;

/// <summary>
/// Renders per second of a whole email (subject, HTML and text bodies, wrapped in the Accelecom theme's layout) with the
/// compiled template taken from the cache as a send does, single-threaded and on every core; and compiles per second,
/// which is what every send would cost without the cache.
/// </summary>
internal static class RenderRun
{
    private const string InvoiceHtml = """
        <h1>Invoice {{number}}</h1><p>Dear {{customerName}},</p>
        <table>{{#each lines}}<tr><td>{{description}}</td><td>{{amount}}</td></tr>{{/each}}</table>
        <p>Total {{total}}, due {{dueOn}}.</p>
        """;

    public static int Run(double seconds)
    {
        var engine = new EmailTemplateEngine(Options.Create(new EmailOptions()));
        var cache = new CompiledTemplateCache(new MemoryCache(new MemoryCacheOptions()), engine);
        var layout = new ThemeEmailLayouts(ThemeCatalog.Discover(), engine).For("Accelecom");
        var welcome = PlatformEmailTemplates.All.Single(t => t.Name == PlatformEmailTemplates.TenantWelcome);
        var welcomeSource = new EmailTemplateSource(welcome.Subject, welcome.HtmlBody, welcome.TextBody);
        var invoiceSource = new EmailTemplateSource("Invoice {{number}}", InvoiceHtml, "{{#each lines}}{{description}} {{amount}}\n{{/each}}Total {{total}}");
        var invoice = new BenchInvoice("Bluegrass <Health> & Co", "INV-2026-0042", 5421.75m, new DateOnly(2026, 12, 1),
            [.. Enumerable.Range(1, 50).Select(i => new BenchInvoiceLine($"Service line {i} \"fiber\"", i * 10.5m))]);
        var context = EmailRendering.SampleBrand;

        string Render(EmailTemplateSource source, string name, object model)
        {
            var compiled = cache.Tenant("bench", name, 1, source);
            var budget = new RenderBudget(engine.Limits);
            var email = EmailRendering.Wrap(EmailRendering.RenderParts(compiled, model, context, budget), layout, context, budget);
            return email.Html;
        }

        var welcomeSize = Render(welcomeSource, "welcome", welcome.SampleModel).Length;
        var invoiceSize = Render(invoiceSource, "invoice", invoice).Length;
        var result = new
        {
            cores = Environment.ProcessorCount,
            welcomeHtmlBytes = welcomeSize,
            invoiceHtmlBytes = invoiceSize,
            welcomeSingle = Measure(seconds, 1, () => Render(welcomeSource, "welcome", welcome.SampleModel)),
            welcomeParallel = Measure(seconds, Environment.ProcessorCount, () => Render(welcomeSource, "welcome", welcome.SampleModel)),
            invoiceSingle = Measure(seconds, 1, () => Render(invoiceSource, "invoice", invoice)),
            invoiceParallel = Measure(seconds, Environment.ProcessorCount, () => Render(invoiceSource, "invoice", invoice)),
            compileSingle = Measure(seconds, 1, () => engine.Compile(welcomeSource)),
            compileAllocatedKb = AllocatedKb(() => engine.Compile(welcomeSource)),
            renderAllocatedKb = AllocatedKb(() => Render(welcomeSource, "welcome", welcome.SampleModel)),
        };
        Console.WriteLine(JsonSerializer.Serialize(result));
        return 0;
    }

    /// <summary>Operations per second over <paramref name="seconds"/> on <paramref name="threads"/> threads, after a warm-up.</summary>
    private static double Measure(double seconds, int threads, Action operation)
    {
        for (var i = 0; i < 200; i++)
            operation();
        long total = 0;
        var timer = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            long done = 0;
            while (timer.Elapsed.TotalSeconds < seconds)
            {
                operation();
                done++;
            }
            Interlocked.Add(ref total, done);
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        return total / timer.Elapsed.TotalSeconds;
    }

    private static double AllocatedKb(Action operation)
    {
        operation();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
            operation();
        return (GC.GetAllocatedBytesForCurrentThread() - before) / 100 / 1024.0;
    }
}
