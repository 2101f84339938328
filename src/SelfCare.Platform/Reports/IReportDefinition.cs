using SelfCare.Platform.Documents;

namespace SelfCare.Platform.Reports;

/// <summary>
/// One report a module offers on the Reports tab (Call Detail, Payments, Services inventory...). Listed in
/// <see cref="Modules.ModuleManifest.Reports"/> and registered scoped by the module; offered only while the module's
/// feature is on (<see cref="IReportCatalog"/>). The Reports module validates the parameters, resolves relative ranges,
/// pages, totals, charts, exports and schedules; the definition only reads rows.
/// </summary>
public interface IReportDefinition
{
    /// <summary>Stable id ("billing.payments"): saved and scheduled reports refer to it.</summary>
    string Id { get; }

    string Name { get; }

    string Description { get; }

    IReadOnlyList<ReportParameter> Parameters { get; }

    IReadOnlyList<ReportColumn> Columns { get; }

    /// <summary>How Run Report draws the rows, or null for no chart.</summary>
    ReportChart? Chart { get; }

    /// <summary>
    /// The rows, one value per <see cref="Columns"/> entry in the same order, streamed (a run may hold a million rows).
    /// Must read through the module's DbContext so that only rows of the caller's account scope come back;
    /// date-times are wall-clock times in <see cref="ReportArguments.TimeZone"/>.
    /// </summary>
    IAsyncEnumerable<ExportValue[]> ReadAsync(ReportArguments arguments, CancellationToken cancellationToken);
}
