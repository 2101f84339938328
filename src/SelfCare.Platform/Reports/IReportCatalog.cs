namespace SelfCare.Platform.Reports;

/// <summary>The report definitions of the modules this tenant has enabled (implemented by the host).</summary>
public interface IReportCatalog
{
    Task<IReadOnlyList<IReportDefinition>> EnabledAsync(CancellationToken cancellationToken);

    /// <summary>The definition, or null when no enabled module offers it.</summary>
    Task<IReportDefinition?> FindAsync(string id, CancellationToken cancellationToken);
}
