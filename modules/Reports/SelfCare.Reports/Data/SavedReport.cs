using SelfCare.Platform.Data;

namespace SelfCare.Reports.Data;

/// <summary>A report with its parameters, saved by a user; when shared, every user who sees the account sees it.</summary>
internal sealed class SavedReport : IAccountOwned
{
    public Guid Id { get; set; }
    public Guid AccountId { get; set; }
    public required string OwnerUserId { get; set; }
    public required string OwnerName { get; set; }
    public required string Name { get; set; }
    public required string DefinitionId { get; set; }

    /// <summary>The run page's query string (parameters only).</summary>
    public required string Query { get; set; }

    public bool Shared { get; set; }
    public DateTime CreatedAt { get; set; }
}
