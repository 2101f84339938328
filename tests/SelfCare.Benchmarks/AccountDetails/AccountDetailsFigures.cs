using SelfCare.Benchmarks.Figures;

namespace SelfCare.Benchmarks.AccountDetails;

/// <summary>Issue 4's figures: the services and orders pages of the big account under load, and the export of all its services.</summary>
internal static class AccountDetailsFigures
{
    public static IEnumerable<Figure> From(IReadOnlyList<PageResult> pages, IReadOnlyList<ExportResult> exports) =>
        PageFigures.Of(4, pages.Where(p => p.DataSet == "big"))
            .Concat(exports.Where(e => e.DataSet == "big").Select(e =>
                Figure.Reported(4, $"Export of every service of the big account ({e.Format}): median", Stats.Median(e.Ms), "ms", "F0")));
}
