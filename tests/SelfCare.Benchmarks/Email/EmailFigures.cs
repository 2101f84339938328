using System.Text.Json;
using SelfCare.Benchmarks.Figures;

namespace SelfCare.Benchmarks.Email;

/// <summary>Issue 3's email figures: template renders per second and the best outbox rate to a loopback SMTP server.</summary>
internal static class EmailFigures
{
    public static IEnumerable<Figure> From(JsonElement render, IReadOnlyList<EmailReport.Row> dispatch)
    {
        yield return Figure.Reported(3, "Template renders per second (tenant-welcome, all cores)", render.GetProperty("welcomeParallel").GetDouble(), "renders/s", "N0");
        yield return Figure.Reported(3, "Template renders per second (invoice with 50 lines, all cores)", render.GetProperty("invoiceParallel").GetDouble(), "renders/s", "N0");
        if (dispatch.MaxBy(r => r.PerSecond) is { } best)
            yield return Figure.Reported(3, $"Outbox to a loopback SMTP server ({best.Server}, {best.Parallelism} at once)", best.PerSecond, "messages/s", "N0");
    }
}
