using SelfCare.Benchmarks.AccountDetails;
using SelfCare.Benchmarks.Figures;

namespace SelfCare.Benchmarks.Tickets;

/// <summary>Issue 6's figures: the ticket lists at 100,000 tickets under load and tickets created per second.</summary>
internal static class TicketsFigures
{
    public static IEnumerable<Figure> From(int total, IReadOnlyList<PageResult> pages, CreationResult creation) =>
        PageFigures.Of(6, pages.Select(p => p with { DataSet = $"{total:N0} tickets" }))
            .Append(Figure.Reported(6, $"Creating tickets through the form, {creation.Workers} at once", creation.PerSecond, "tickets/s"));
}
